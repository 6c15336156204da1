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

    /// <summary>How a wrapper outside the method's type calls it; null when it cannot.</summary>
    public static AccessModel? PlanAccess(IMethodSymbol method, CompilationContext types, CancellationToken cancellationToken)
    {
        if (IsAccessibleToGeneratedCode(method, types.Compilation))
        {
            return AccessModel.Direct;
        }

        // The wrapper must still name the type: a private nested type is out of reach whatever the method's access.
        if (!IsAccessibleToGeneratedCode(method.ContainingType, types.Compilation))
        {
            return null;
        }

        var accessorName = "AutoInstrumentAccess_" + method.Name;
        var declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken);
        if (declaration is not null && ContainingTypes.PartialDeclarations(declaration) is { } containingTypes)
        {
            return new AccessModel(AccessKind.PartialAccessor, ContainingTypes.NamespaceOf(method), containingTypes.ToEquatableArray(), accessorName);
        }

        // On .NET 8, UnsafeAccessor cannot bind generic types or methods.
        var generic = method.IsGenericMethod || method.ContainingType.IsGenericType;
        if (types.UnsafeAccessor is not null && !generic)
        {
            return new AccessModel(AccessKind.UnsafeAccessor, string.Empty, EquatableArray<string>.Empty, accessorName);
        }

        return null;
    }

    /// <summary>The generated wrapper lives outside the user's types, so it calls directly only what an outsider in the assembly can.</summary>
    private static bool IsAccessibleToGeneratedCode(ISymbol member, Compilation compilation)
    {
        for (ISymbol? symbol = member; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
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
