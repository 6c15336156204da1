using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AutoInstrument.Generators.Analyzers.Logging;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>
/// Fixes AI1107: <c>Activity.Current.TraceId…</c> becomes <c>Activity.Current?.TraceId…</c>, offered only where the
/// analyzer found that the nullable result still converts to what the code expects.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CurrentActivityNotNullCheckedFixer)), Shared]
public sealed class CurrentActivityNotNullCheckedFixer : CodeFixProvider
{
    private const string Title = "Use 'Activity.Current?.TraceId'";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CurrentActivityNotNullChecked);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics.First();
        if (!diagnostic.Properties.ContainsKey(CurrentActivityNotNullCheckedAnalyzer.ConditionalAccessFitsProperty)
            || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax traceId)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                ConditionalAccessChain.Top(traceId), WithConditionalAccess(traceId)))), Title),
            diagnostic);
    }

    /// <summary>
    /// Rewrites the whole chain as text and parses it back: a <c>?.</c> changes the shape of every access after it.
    /// </summary>
    private static ExpressionSyntax WithConditionalAccess(MemberAccessExpressionSyntax traceId)
    {
        var chain = ConditionalAccessChain.Top(traceId);
        var current = ActivitySyntax.WithoutNullForgiving(traceId.Expression).ToString();
        var rest = chain.ToString().Substring(traceId.OperatorToken.SpanStart - chain.SpanStart);
        return SyntaxFactory.ParseExpression(current + "?" + rest).WithTriviaFrom(chain);
    }
}
