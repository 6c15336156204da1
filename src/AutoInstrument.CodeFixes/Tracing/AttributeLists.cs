using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Tracing;

/// <summary>Adds an attribute list to a member on a line of its own, after the member's other attributes and comments.</summary>
internal static class AttributeLists
{
    public static MethodDeclarationSyntax WithAttributes(MethodDeclarationSyntax declaration, IEnumerable<string> names, string lineEnding)
    {
        var indentation = Indentation(declaration.GetLeadingTrivia());
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SeparatedList(names.Select(name => SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(name)))))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(lineEnding));
        if (declaration.AttributeLists.Count > 0)
        {
            return declaration.WithAttributeLists(declaration.AttributeLists.Add(list.WithLeadingTrivia(indentation)));
        }

        // The comments and indentation before the member now stand before the attribute; the member keeps the indentation.
        var withList = declaration.WithoutLeadingTrivia().WithAttributeLists(SyntaxFactory.SingletonList(list.WithLeadingTrivia(declaration.GetLeadingTrivia())));
        var afterList = withList.AttributeLists[0].GetLastToken().GetNextToken();
        return withList.ReplaceToken(afterList, afterList.WithLeadingTrivia(indentation));
    }

    /// <summary>The whitespace that starts the member's own line.</summary>
    private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
    {
        var last = leading.LastOrDefault();
        return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
    }
}
