using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging.Correlation;

/// <summary>
/// A fix that rewrites the string literal a diagnostic points at, for output templates and layouts. A constant
/// declared elsewhere is left to the user: changing it could change every other place that reads it.
/// </summary>
public abstract class StringLiteralFix : CodeFixProvider
{
    protected abstract string Title { get; }

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics.First();
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        var rewritten = SyntaxFactory.LiteralExpression(
            SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(Rewrite(literal.Token.ValueText))).WithTriviaFrom(literal);
        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, rewritten))), Title),
            diagnostic);
    }

    /// <summary>The text with the trace ID added.</summary>
    protected abstract string Rewrite(string text);
}
