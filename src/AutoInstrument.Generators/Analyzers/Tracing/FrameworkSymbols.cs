using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>The framework types that mark a method as called by the framework, when the compilation references them.</summary>
internal sealed class FrameworkSymbols
{
    private readonly INamedTypeSymbol? _controllerBase;
    private readonly INamedTypeSymbol? _controllerAttribute;
    private readonly INamedTypeSymbol? _nonAction;
    private readonly INamedTypeSymbol? _httpMethodAttribute;
    private readonly INamedTypeSymbol? _routeAttribute;
    private readonly INamedTypeSymbol? _pageModel;
    private readonly INamedTypeSymbol? _hub;
    private readonly INamedTypeSymbol? _function;
    private readonly INamedTypeSymbol? _functionName;
    private readonly INamedTypeSymbol? _hostedService;

    public FrameworkSymbols(Compilation compilation)
    {
        _controllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        _controllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerAttribute");
        _nonAction = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        _httpMethodAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.Routing.HttpMethodAttribute");
        _routeAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RouteAttribute");
        _pageModel = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RazorPages.PageModel");
        _hub = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.SignalR.Hub");
        _function = compilation.GetTypeByMetadataName("Microsoft.Azure.Functions.Worker.FunctionAttribute");
        _functionName = compilation.GetTypeByMetadataName("Microsoft.Azure.WebJobs.FunctionNameAttribute");
        _hostedService = compilation.GetTypeByMetadataName("Microsoft.Extensions.Hosting.IHostedService");
    }

    /// <summary>No framework the rule knows is referenced.</summary>
    public bool IsEmpty => _controllerBase is null && _controllerAttribute is null && _httpMethodAttribute is null && _routeAttribute is null
        && _pageModel is null && _hub is null && _function is null && _functionName is null;

    /// <summary>Who calls the method — "an action of the controller 'Orders'" — or null when code built with the generator can.</summary>
    public string? InvokerOf(IMethodSymbol method)
    {
        var attributes = method.GetAttributes();
        if (attributes.Any(a => Is(a.AttributeClass, _function) || Is(a.AttributeClass, _functionName)))
        {
            return "an Azure Functions function";
        }

        var type = method.ContainingType;
        var callable = method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic && !method.IsAbstract && !method.IsGenericMethod
            && !method.IsOverride && type.TypeKind == TypeKind.Class;
        if (!callable)
        {
            return null;
        }

        if (!attributes.Any(a => Is(a.AttributeClass, _nonAction))
            && (attributes.Any(a => DerivesFrom(a.AttributeClass, _httpMethodAttribute) || Is(a.AttributeClass, _routeAttribute)) || IsController(type)))
        {
            return $"an action of the controller '{type.Name}'";
        }

        if (DerivesFrom(type, _pageModel) && method.Name.StartsWith("On", System.StringComparison.Ordinal))
        {
            return $"a handler of the Razor page '{type.Name}'";
        }

        return DerivesFrom(type, _hub) ? $"a method of the SignalR hub '{type.Name}'" : null;
    }

    /// <summary>
    /// Whether only the framework calls the method: what <see cref="InvokerOf"/> names, and the host's calls of a hosted
    /// service's <c>StartAsync</c>/<c>StopAsync</c>.
    /// </summary>
    public bool IsFrameworkInvoked(IMethodSymbol method) => InvokerOf(method) is not null || ImplementsHostedService(method);

    private bool ImplementsHostedService(IMethodSymbol method) =>
        _hostedService is not null
        && method.ContainingType.TypeKind != TypeKind.Interface
        && _hostedService.GetMembers(method.Name).Any(member =>
            SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method));

    private bool IsController(INamedTypeSymbol type)
    {
        if (type.IsAbstract || (_controllerBase is null && _controllerAttribute is null))
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, _controllerBase) || current.GetAttributes().Any(a => Is(a.AttributeClass, _controllerAttribute)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (Is(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(ISymbol? symbol, ISymbol? wellKnown) =>
        wellKnown is not null && SymbolEqualityComparer.Default.Equals(symbol?.OriginalDefinition, wellKnown);
}
