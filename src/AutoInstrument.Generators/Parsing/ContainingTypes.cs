using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads the chain of type declarations around a member, to reopen them as <c>partial</c> in generated code.</summary>
internal static class ContainingTypes
{
    /// <summary>The declarations, outermost first, e.g. <c>partial class Outer</c>; null when one of them is not partial.</summary>
    public static List<string>? PartialDeclarations(SyntaxNode member)
    {
        var result = new List<string>();
        foreach (var type in member.Ancestors().OfType<TypeDeclarationSyntax>())
        {
            if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return null;
            }

            var keyword = type is RecordDeclarationSyntax record
                ? "record" + (record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? " struct" : string.Empty)
                : type.Keyword.Text;
            result.Insert(0, $"partial {keyword} {type.Identifier.Text}{type.TypeParameterList}");
        }

        return result;
    }

    /// <summary>The types around a symbol, innermost first.</summary>
    public static IEnumerable<INamedTypeSymbol> Of(ISymbol symbol)
    {
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            yield return type;
        }
    }

    public static string NamespaceOf(ISymbol symbol) =>
        symbol.ContainingNamespace.IsGlobalNamespace ? string.Empty : symbol.ContainingNamespace.ToDisplayString();
}
