using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging.Correlation;

/// <summary>
/// A fix that rewrites the string literal a diagnostic points at, for output templates and layouts. A constant
/// declared elsewhere is left to the user: changing it could change every other place that reads it.
/// </summary>
public abstract class StringLiteralFix : CorrelationFixer
{
    private protected StringLiteralFix(string diagnosticId, string title)
        : base(diagnosticId, title)
    {
    }

    protected sealed override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic)
    {
        if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return null;
        }

        var rewritten = SyntaxFactory.LiteralExpression(
            SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Rewrite(literal.Token.ValueText))).WithTriviaFrom(literal);
        return Replace(document, root, literal, rewritten);
    }

    /// <summary>The text with the trace ID added.</summary>
    protected abstract string Rewrite(string text);
}
