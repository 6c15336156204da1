using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

internal static class SymbolFormats
{
    /// <summary><c>global::</c>-qualified, with nullable annotations, so generated code binds to exactly the user's types.</summary>
    public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary><c>Namespace.Type.Nested</c> without <c>global::</c> or type arguments, for <c>code.function.name</c>.</summary>
    public static readonly SymbolDisplayFormat QualifiedName = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.None);

    public static string ToFullyQualified(this ITypeSymbol type) => type.ToDisplayString(FullyQualified);
}
