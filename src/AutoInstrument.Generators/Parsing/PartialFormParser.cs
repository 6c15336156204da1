using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads a <c>[Traced] partial</c> declaration and checks that its <c>…Core</c> body exists with the same signature.</summary>
internal static class PartialFormParser
{
    /// <summary>The body of <c>M</c> in the partial form is <c>MCore</c>.</summary>
    internal const string CoreSuffix = "Core";

    public static PartialMethodModel? Parse(IMethodSymbol method, InstrumentedMethodModel model, CancellationToken cancellationToken)
    {
        if (Check(method, diagnostics: null, cancellationToken) is not var (declaration, containingTypes))
        {
            return null;
        }

        var ns = ContainingTypes.NamespaceOf(method);
        var modifiers = string.Join(" ", declaration.Modifiers.Select(m => m.Text));
        var hintName = $"{HintNamePrefix}{method.ContainingType.ToDisplayString(SymbolFormats.QualifiedName)}.{method.Name}{OverloadSuffix(method)}.g.cs";
        return new PartialMethodModel(model, ns, containingTypes.ToEquatableArray(), modifiers, method.Name + CoreSuffix, hintName);
    }

    /// <summary>
    /// Whether the partial form can be implemented, with AI0006 when it cannot: the declaration and the containing types
    /// the implementation repeats, or null. The declaration analyzers stop here; <see cref="Parse"/> goes on to the model.
    /// </summary>
    public static (MethodDeclarationSyntax Declaration, List<string> ContainingTypes)? Check(
        IMethodSymbol method,
        List<Diagnostic>? diagnostics,
        CancellationToken cancellationToken)
    {
        var definition = method.PartialDefinitionPart ?? method;
        var location = MethodModelBuilder.LocationOf(definition);
        if (definition.PartialImplementationPart is { } implementation && !IsGenerated(implementation))
        {
            diagnostics?.Add(Diagnostic.Create(
                Descriptors.InvalidPartialForm, location, method.Name, "it already has an implementation; remove it and put the body in '" + method.Name + CoreSuffix + "'"));
            return null;
        }

        var coreName = method.Name + CoreSuffix;
        if (!HasMatchingCore(definition, coreName))
        {
            diagnostics?.Add(Diagnostic.Create(
                Descriptors.InvalidPartialForm, location, method.Name, $"no method '{coreName}' with the same parameters, type parameters and return type exists in '{method.ContainingType.Name}'"));
            return null;
        }

        if (definition.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is not MethodDeclarationSyntax declaration)
        {
            return null;
        }

        var containingTypes = ContainingTypes.PartialDeclarations(declaration);
        if (containingTypes is null)
        {
            diagnostics?.Add(Diagnostic.Create(
                Descriptors.InvalidPartialForm, location, method.Name, "a containing type is not declared 'partial'"));
            return null;
        }

        return (declaration, containingTypes);
    }

    /// <summary>
    /// The implementation this generator wrote, which the analyzers see beside the declaration (they run over the
    /// compilation with generated code): its file is named <c>AutoInstrument.Partial.….g.cs</c>, as <see cref="Parse"/> names it.
    /// </summary>
    private static bool IsGenerated(IMethodSymbol implementation) =>
        implementation.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree?.FilePath is { } path
        && System.IO.Path.GetFileName(path).StartsWith(HintNamePrefix, System.StringComparison.Ordinal);

    private const string HintNamePrefix = "AutoInstrument.Partial.";

    /// <summary>Overloads need one file each: their parameter types tell the files apart, in characters a file name can hold.</summary>
    private static string OverloadSuffix(IMethodSymbol method)
    {
        if (method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().Count(m => m.PartialImplementationPart is not null || m.IsPartialDefinition) < 2)
        {
            return string.Empty;
        }

        var types = string.Join(",", method.Parameters.Select(p => p.Type.ToDisplayString()));
        return "(" + new string(types.Select(c => char.IsLetterOrDigit(c) || c is '.' or ',' ? c : '_').ToArray()) + ")";
    }

    /// <summary>The <c>…Core</c> body of a partial-form declaration, when it exists with the same signature.</summary>
    internal static IMethodSymbol? CoreOf(IMethodSymbol method) => Cores(method.PartialDefinitionPart ?? method, method.Name + CoreSuffix).FirstOrDefault();

    private static bool HasMatchingCore(IMethodSymbol method, string coreName) => Cores(method, coreName).Any();

    private static IEnumerable<IMethodSymbol> Cores(IMethodSymbol method, string coreName) =>
        method.ContainingType.GetMembers(coreName).OfType<IMethodSymbol>().Where(core =>
            core.IsStatic == method.IsStatic
            && core.TypeParameters.Length == method.TypeParameters.Length
            && core.Parameters.Length == method.Parameters.Length
            && SameType(core.ReturnType, method.ReturnType)
            && core.Parameters.Zip(method.Parameters, (a, b) => a.RefKind == b.RefKind && SameType(a.Type, b.Type)).All(same => same));

    // The two methods declare their own type parameters; written with the same names, they print the same.
    private static bool SameType(ITypeSymbol coreType, ITypeSymbol methodType) =>
        SymbolEqualityComparer.Default.Equals(coreType, methodType) || coreType.ToFullyQualified() == methodType.ToFullyQualified();
}
