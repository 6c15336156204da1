using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Which instrumented methods are reached by intercepting their calls.</summary>
internal static class InterceptionTargets
{
    public static bool CanIntercept(IMethodSymbol method, WellKnownTypes types) =>
        !IsPartialForm(method) && IsAccessibleToGeneratedCode(method, types.Compilation);

    /// <summary>A <c>[Traced] partial</c> declaration is instrumented in its implementation, for every caller.</summary>
    public static bool IsPartialForm(IMethodSymbol method) =>
        method.IsPartialDefinition || method.PartialDefinitionPart is not null;

    /// <summary>The generated wrapper lives outside the user's types, so it can only call what an outsider in the assembly can.</summary>
    public static bool IsAccessibleToGeneratedCode(IMethodSymbol method, Compilation compilation)
    {
        for (ISymbol? symbol = method; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return false;
            }

            if (symbol.DeclaredAccessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal
                && !SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, compilation.Assembly)
                && !symbol.ContainingAssembly.GivesAccessTo(compilation.Assembly))
            {
                return false;
            }
        }

        return true;
    }
}
