using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>
/// Fixes AI1107: <c>Activity.Current.TraceId…</c> becomes <c>Activity.Current?.TraceId…</c>, offered only where the
/// analyzer found that the nullable result still converts to what the code expects.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CurrentActivityNotNullCheckedFixer)), Shared]
public sealed class CurrentActivityNotNullCheckedFixer : CorrelationFixer
{
    public CurrentActivityNotNullCheckedFixer()
        : base(DiagnosticIds.CurrentActivityNotNullChecked, "Use 'Activity.Current?.TraceId'")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic) =>
        diagnostic.Properties.ContainsKey(CurrentActivityNotNullCheckedAnalyzer.ConditionalAccessFitsProperty)
        && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is MemberAccessExpressionSyntax traceId
            ? Replace(document, root, ConditionalAccessChain.Top(traceId), WithConditionalAccess(traceId))
            : null;

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
