using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads a <c>[Traced]</c> method or type declaration: the names to intercept, its diagnostics, its partial form.</summary>
internal static class DeclarationParser
{
    public static DeclarationModel Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var types = new WellKnownTypes(context.SemanticModel.Compilation);
        var diagnostics = new List<DiagnosticInfo>();
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        PartialMethodModel? partial = null;

        foreach (var method in InstrumentedMethods(context.TargetSymbol, types))
        {
            names.Add(method.Name);
            var model = InstrumentedMethodParser.Parse(method, types, diagnostics, cancellationToken);
            if (model is null)
            {
                continue;
            }

            if (InterceptionTargets.IsPartialForm(method))
            {
                partial = PartialFormParser.Parse(method, model, diagnostics, cancellationToken);
            }
            else if (!InterceptionTargets.IsAccessibleToGeneratedCode(method, types.Compilation))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    Descriptors.InaccessibleTarget,
                    MethodModelBuilder.LocationOf(method),
                    method.Name,
                    AccessibilityText(method),
                    method.Name));
            }
        }

        return new DeclarationModel(names.ToEquatableArray(), diagnostics.Distinct().ToEquatableArray(), partial);
    }

    private static IEnumerable<IMethodSymbol> InstrumentedMethods(ISymbol target, WellKnownTypes types)
    {
        var candidates = target switch
        {
            IMethodSymbol method => new[] { method },
            INamedTypeSymbol type => type.GetMembers().OfType<IMethodSymbol>(),
            _ => Enumerable.Empty<IMethodSymbol>(),
        };
        return candidates.Where(m => InstrumentationAttributes.Find(m, types.Traced) is not null);
    }

    private static string AccessibilityText(IMethodSymbol method)
    {
        for (ISymbol? symbol = method; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                var what = symbol.DeclaredAccessibility.ToString().ToLowerInvariant().Replace("protectedandinternal", "private protected");
                return ReferenceEquals(symbol, method) ? what : $"declared in a {what} type";
            }
        }

        return "not accessible";
    }
}
