using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.TracingApi;

/// <summary>
/// Fixes AI2005: reads the duration in the instrument's unit, <c>.TotalMilliseconds</c> → <c>.TotalSeconds</c>,
/// <c>.ElapsedMilliseconds</c> → <c>.Elapsed.TotalSeconds</c>, and back for an instrument in <c>ms</c>. Offered only
/// for instruments of double, which take the fractional value as it is.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DurationUnitMismatchFixer)), Shared]
public sealed class DurationUnitMismatchFixer : CorrelationFixer
{
    public DurationUnitMismatchFixer()
        : base(DiagnosticIds.DurationUnitMismatch, "Record the duration in the instrument's unit")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic) =>
        FixTargets.Find<MemberAccessExpressionSyntax>(root, diagnostic, DurationUnitMismatchAnalyzer.ReplacementProperty) is { } duration
        && diagnostic.Properties[DurationUnitMismatchAnalyzer.ReplacementProperty] is { } replacement
            ? Replace(document, root, duration, SyntaxFactory.ParseExpression($"{duration.Expression}.{replacement}").WithTriviaFrom(duration))
            : null;
}
