using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Which instrumented methods are reached by intercepting their calls, and how the wrapper calls them.</summary>
internal static class InterceptionTargets
{
    /// <summary>A <c>[Traced] partial</c> declaration is instrumented in its implementation, for every caller.</summary>
    public static bool IsPartialForm(IMethodSymbol method) =>
        method.IsPartialDefinition || method.PartialDefinitionPart is not null;

    /// <summary>
    /// A call on a value of a type parameter that may be a struct (<c>c.Increment()</c> with <c>T : ICounter</c>) is a
    /// constrained call on the caller's own variable. An interceptor cannot be generic over that type parameter, so its
    /// <c>this ICounter</c> would box the value and the method would mutate a copy: such a call is left alone.
    /// </summary>
    public static bool IsConstrainedCallOnPossibleStruct(IMethodSymbol method, ITypeSymbol? receiverType) =>
        !method.IsStatic && receiverType is ITypeParameterSymbol { IsReferenceType: false };

    /// <summary>How a wrapper outside the method's type calls it; null when it cannot.</summary>
    public static AccessModel? PlanAccess(IMethodSymbol method, CompilationContext types, CancellationToken cancellationToken) =>
        Plan(method, types, cancellationToken).Access;

    /// <summary>How a wrapper outside the method's type calls it, or why it cannot, said as advice to the user.</summary>
    public static AccessPlan Plan(IMethodSymbol method, CompilationContext types, CancellationToken cancellationToken)
    {
        var partialForm = $"use the partial form ('[Traced] partial' with the body in '{method.Name}Core')";

        // The wrapper's signature names every type of the method's: one it cannot see rules out every way in.
        foreach (var type in SignatureTypes.Of(method))
        {
            if (InaccessibleLink(type, types.Compilation) is { } hidden)
            {
                var what = SymbolEqualityComparer.Default.Equals(hidden, type)
                    ? $"the {AccessibilityWord(hidden)} type '{type.ToDisplayString()}'"
                    : $"'{type.ToDisplayString()}', declared in the {AccessibilityWord(hidden)} type '{hidden.ToDisplayString()}'";
                return AccessPlan.Blocked($"its signature uses {what}; make that type internal, or {partialForm}");
            }
        }

        // The wrapper must name the type: a private nested type is out of reach whatever the method's access.
        if (InaccessibleLink(method.ContainingType, types.Compilation) is { } hiddenType)
        {
            return AccessPlan.Blocked($"it is declared in the {AccessibilityWord(hiddenType)} type '{hiddenType.ToDisplayString()}'; make that type internal, or {partialForm}");
        }

        if (InaccessibleLink(method, types.Compilation) is null)
        {
            return new AccessPlan(AccessModel.Direct, null);
        }

        var accessorName = "AutoInstrumentAccess_" + method.Name;
        var declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        if (declaration is not null && ContainingTypes.PartialDeclarations(declaration) is { } containingTypes)
        {
            return new AccessPlan(
                new AccessModel(AccessKind.PartialAccessor, ContainingTypes.NamespaceOf(method), containingTypes.ToEquatableArray(), accessorName),
                null);
        }

        var accessibility = AccessibilityWord(method);
        var advice = $"declare the containing types 'partial' (the generator then adds an accessor), make the method internal, or {partialForm}";
        if (types.UnsafeAccessor is null)
        {
            return AccessPlan.Blocked($"it is {accessibility}, and this target framework has no [UnsafeAccessor]; {advice}");
        }

        // UnsafeAccessor binds generic types and methods from .NET 9 on, and names a static class (which cannot be a
        // parameter type) through [UnsafeAccessorType] from .NET 10 on.
        var generic = method.IsGenericMethod || ContainingTypes.Of(method).Any(t => t.IsGenericType);
        if (generic && !types.UnsafeAccessorBindsGenerics)
        {
            return AccessPlan.Blocked($"it is {accessibility} and generic, which [UnsafeAccessor] reaches only from .NET 9 on; {advice}");
        }

        var staticType = method.ContainingType.IsStatic;
        if (staticType && (types.UnsafeAccessorType is null || generic))
        {
            return AccessPlan.Blocked($"it is {accessibility} in a static class, which [UnsafeAccessor] reaches only from .NET 10 on and not in a generic type; {advice}");
        }

        var targetTypeName = staticType ? AssemblyQualifiedName(method.ContainingType) : string.Empty;
        return new AccessPlan(new AccessModel(AccessKind.UnsafeAccessor, string.Empty, EquatableArray<string>.Empty, accessorName, targetTypeName), null);
    }

    // 'Namespace.Outer+Inner, Assembly', as [UnsafeAccessorType] reads it.
    private static string AssemblyQualifiedName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString() + ".";
        return $"{ns}{name}, {type.ContainingAssembly.Identity.Name}";
    }

    /// <summary>
    /// The symbol, or the first of its containers, that the generated wrapper cannot see: it lives outside the user's
    /// types, so it calls directly only what an outsider in the assembly can. Null when everything is visible.
    /// </summary>
    private static ISymbol? InaccessibleLink(ISymbol member, Compilation compilation)
    {
        for (ISymbol? symbol = member; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return symbol;
            }

            if (symbol.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal
                && !SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly)
                && !symbol.ContainingAssembly.GivesAccessTo(compilation.Assembly))
            {
                return symbol;
            }
        }

        return null;
    }

    private static string AccessibilityWord(ISymbol symbol) => symbol.DeclaredAccessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "internal (of another assembly)",
    };
}

/// <summary>The way a wrapper reaches a method, or, when there is none, what the user can do about it.</summary>
internal sealed record AccessPlan(AccessModel? Access, string? Obstacle)
{
    public static AccessPlan Blocked(string obstacle) => new(null, obstacle);
}
