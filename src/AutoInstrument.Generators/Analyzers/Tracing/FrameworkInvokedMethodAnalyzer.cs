using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports, as information, instrumented methods that only code outside the compilation calls, and that no caller can
/// compile with the generator (AI0016): the entry point, ASP.NET Core controller actions, Razor Pages handlers, SignalR hub
/// methods and Azure Functions. The runtime or the framework calls them, so interception never reaches them; the partial
/// form does. A public method of a library is not reported: other assemblies that use AutoInstrument intercept their calls.
/// The rule stays quiet on a method that the compilation itself calls, which is known only once every call is seen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FrameworkInvokedMethodAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NoVisibleCallSite);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            var compilation = start.Compilation;
            var frameworks = new FrameworkSymbols(compilation);
            var entryPoint = compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
                ? compilation.GetEntryPoint(start.CancellationToken)
                : null;
            if (entryPoint is null && frameworks.IsEmpty)
            {
                return;
            }

            var candidates = new ConcurrentDictionary<IMethodSymbol, string>(SymbolEqualityComparer.Default);
            var called = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

            start.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (method.MethodKind != MethodKind.Ordinary || InterceptionTargets.IsPartialForm(method) || !symbols.IsInstrumented(method))
                    {
                        return;
                    }

                    var invoker = SymbolEqualityComparer.Default.Equals(method, entryPoint) ? "the entry point" : frameworks.InvokerOf(method);
                    if (invoker is not null)
                    {
                        candidates[method] = invoker;
                    }
                },
                SymbolKind.Method);

            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    var target = invocation.TargetMethod.OriginalDefinition;
                    if (!invocation.IsImplicit
                        && invocation.Syntax is InvocationExpressionSyntax { Expression: not MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } }
                        && SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, compilation.Assembly)
                        && symbols.IsInstrumented(target))
                    {
                        called.TryAdd(target, true);
                    }
                },
                OperationKind.Invocation);

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var candidate in candidates)
                {
                    if (!called.ContainsKey(candidate.Key))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.NoVisibleCallSite, MethodModelBuilder.LocationOf(candidate.Key), candidate.Key.Name, candidate.Value, candidate.Key.Name));
                    }
                }
            });
        });
    }

    /// <summary>The framework types that mark a method as called by the framework, when the compilation references them.</summary>
    private sealed class FrameworkSymbols
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
}
