using System;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AutoInstrument.CodeFixes.TracingApi;

/// <summary>
/// Fixes AI2004: saves <c>Activity.Current</c> before the assignment and moves the rest of the block into a try whose
/// finally puts the saved value back, so the activity is current only until the block is left.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CurrentActivityNotRestoredFixer)), Shared]
public sealed class CurrentActivityNotRestoredFixer : CorrelationFixer
{
    public CurrentActivityNotRestoredFixer()
        : base(DiagnosticIds.CurrentActivityNotRestored, "Restore the previous Activity.Current in finally")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic) =>
        FixTargets.Find<AssignmentExpressionSyntax>(root, diagnostic, CurrentActivityNotRestoredAnalyzer.TryFinallyFitsProperty) is { } assignment
        && assignment.Parent is ExpressionStatementSyntax { Parent: BlockSyntax block } statement
            ? cancellationToken => RestoreAsync(document, block, statement, assignment, cancellationToken)
            : null;

    private static async Task<Document> RestoreAsync(
        Document document, BlockSyntax block, ExpressionStatementSyntax statement, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var current = assignment.Left.WithoutTrivia().ToString();
        var previous = FreeName(model!, statement.SpanStart);

        var index = block.Statements.IndexOf(statement);
        var save = SyntaxFactory.ParseStatement($"var {previous} = {current};").WithTriviaFrom(statement);
        var restore = SyntaxFactory.ParseStatement($"{current} = {previous};");
        var @try = SyntaxFactory.TryStatement(
                SyntaxFactory.Block(block.Statements.Skip(index + 1)),
                default,
                SyntaxFactory.FinallyClause(SyntaxFactory.Block(restore)))
            .WithAdditionalAnnotations(Formatter.Annotation);
        var statements = block.Statements.Take(index).Append(save).Append(statement).Append(@try);
        return document.WithSyntaxRoot(root!.ReplaceNode(block, block.WithStatements(SyntaxFactory.List(statements))));
    }

    /// <summary><c>previous</c>, or <c>previousActivity</c> and then a numbered name when that is taken.</summary>
    private static string FreeName(SemanticModel model, int position)
    {
        string[] names = ["previous", "previousActivity"];
        var free = names.FirstOrDefault(name => model.LookupSymbols(position, name: name).IsEmpty);
        for (var number = 2; free is null; number++)
        {
            free = model.LookupSymbols(position, name: "previous" + number).IsEmpty ? "previous" + number : null;
        }

        return free;
    }
}
