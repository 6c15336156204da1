using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Tracing;

/// <summary>Adds a using directive where a person would: after the others, or below the file's header comment.</summary>
internal static class UsingDirectives
{
    public static CompilationUnitSyntax Add(CompilationUnitSyntax unit, string namespaceName, string lineEnding)
    {
        var endOfLine = SyntaxFactory.EndOfLine(lineEnding);
        var directive = SyntaxFactory.ParseCompilationUnit($"using {namespaceName};").Usings[0];
        if (unit.Usings.Count > 0)
        {
            return unit.AddUsings(directive.WithTrailingTrivia(endOfLine));
        }

        // Before the first member, a blank line sets the using apart.
        directive = directive.WithTrailingTrivia(endOfLine, endOfLine);

        // The header is what comes before the file's last blank line ahead of its first token: a licence, a #nullable.
        // What follows it (a doc comment, a comment on the namespace) stays with the declaration it describes.
        var first = unit.GetFirstToken(includeZeroWidth: true);
        var trivia = first.LeadingTrivia;
        var headerLength = HeaderLength(trivia);
        return unit
            .ReplaceToken(first, first.WithLeadingTrivia(trivia.Skip(headerLength)))
            .AddUsings(directive.WithLeadingTrivia(trivia.Take(headerLength)));
    }

    private static int HeaderLength(SyntaxTriviaList trivia)
    {
        var length = 0;
        var lineIsEmpty = true;
        for (var index = 0; index < trivia.Count; index++)
        {
            if (trivia[index].IsKind(SyntaxKind.EndOfLineTrivia))
            {
                if (lineIsEmpty)
                {
                    length = index + 1;
                }

                lineIsEmpty = true;
            }
            else if (!trivia[index].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                lineIsEmpty = false;
            }
        }

        return length;
    }
}
