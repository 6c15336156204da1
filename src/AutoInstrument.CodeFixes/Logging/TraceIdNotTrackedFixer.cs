using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>
/// Fixes AI1101: a <c>LoggerFactory.Create</c> lambda gets the options a host would set (TraceId, SpanId, ParentId);
/// explicit options get TraceId added.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TraceIdNotTrackedFixer)), Shared]
public sealed class TraceIdNotTrackedFixer : CorrelationFixer
{
    private const string OptionsType = "Microsoft.Extensions.Logging.ActivityTrackingOptions";

    public TraceIdNotTrackedFixer()
        : base(DiagnosticIds.TraceIdNotTracked, "Track the trace ID of the current activity")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            ExpressionSyntax { Parent: InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } create } node
                when create.Expression == node && arguments[0].Expression is LambdaExpressionSyntax configure =>
                token => ConfigureTrackingAsync(document, configure, token),
            ExpressionSyntax { Parent: AssignmentExpressionSyntax } options => token => AddTraceIdAsync(document, options, token),
            _ => null,
        };

    private static async Task<Document> AddTraceIdAsync(Document document, ExpressionSyntax options, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var optionsType = TypeNames.AsWrittenAt(model!, options.SpanStart, OptionsType);
        var tracked = options is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "None" }
            ? HostDefaults(optionsType)
            : options + " | " + optionsType + ".TraceId";
        return document.WithSyntaxRoot(root!.ReplaceNode(options, SyntaxFactory.ParseExpression(tracked).WithTriviaFrom(options)));
    }

    private static string HostDefaults(string optionsType) =>
        $"{optionsType}.TraceId | {optionsType}.SpanId | {optionsType}.ParentId";

    /// <summary>
    /// Chains <c>.Configure(…)</c> onto a lambda whose body returns the builder, and adds a statement otherwise.
    /// </summary>
    private static async Task<Document> ConfigureTrackingAsync(Document document, LambdaExpressionSyntax configure, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var builder = LambdaBodies.SingleParameterName(configure)!;
        var optionsType = TypeNames.AsWrittenAt(model!, configure.SpanStart, OptionsType);
        var configureCall = "Configure(options => options.ActivityTrackingOptions = " + HostDefaults(optionsType) + ")";
        var fixedLambda = configure.Body is InvocationExpressionSyntax body && ReturnsTheBuilder(body, configure, model!)
            ? configure.WithBody(SyntaxFactory.ParseExpression(body.WithoutTrivia() + "." + configureCall).WithTriviaFrom(body))
            : LambdaBodies.AppendStatement(configure, SyntaxFactory.ParseStatement(builder + "." + configureCall + ";"));
        return document.WithSyntaxRoot(root!.ReplaceNode(configure, fixedLambda));
    }

    private static bool ReturnsTheBuilder(ExpressionSyntax body, LambdaExpressionSyntax configure, SemanticModel model) =>
        model.GetSymbolInfo(configure).Symbol is IMethodSymbol { Parameters.Length: 1 } lambda
        && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(body).Type, lambda.Parameters[0].Type);
}
