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
/// Fixes AI1105: marks the current span as failed at the top of the catch, with the exception's message, naming the
/// caught exception when the catch does not.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SwallowedErrorInTracedMethodFixer)), Shared]
public sealed class SwallowedErrorInTracedMethodFixer : CorrelationFixer
{
    public SwallowedErrorInTracedMethodFixer()
        : base(DiagnosticIds.SwallowedErrorInTracedMethod, "Set the span's error status")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is CatchClauseSyntax catchClause
            ? token => SetErrorStatusAsync(document, catchClause, token)
            : null;

    private static async Task<Document> SetErrorStatusAsync(Document document, CatchClauseSyntax catchClause, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var position = catchClause.Block.SpanStart;
        var declaration = NamedDeclaration(catchClause, model!);
        var activity = TypeNames.AsWrittenAt(model!, position, "System.Diagnostics.Activity");
        var statusCode = TypeNames.AsWrittenAt(model!, position, "System.Diagnostics.ActivityStatusCode");
        var statements = catchClause.Block.Statements;
        var setStatus = SyntaxFactory.ParseStatement(
                $"{activity}.Current?.SetStatus({statusCode}.Error, {declaration.Identifier.ValueText}.Message);")
            .WithTriviaFrom(statements[0]);
        var fixedCatch = catchClause
            .WithCatchKeyword(catchClause.CatchKeyword.WithTrailingTrivia(SyntaxFactory.Space))
            .WithDeclaration(declaration)
            .WithBlock(catchClause.Block.WithStatements(statements.Insert(0, setStatus)));
        return document.WithSyntaxRoot(root!.ReplaceNode(catchClause, fixedCatch));
    }

    /// <summary>The catch's declaration with a variable: its own, or <c>ex</c> (<c>exception</c> if <c>ex</c> is taken).</summary>
    private static CatchDeclarationSyntax NamedDeclaration(CatchClauseSyntax catchClause, SemanticModel model)
    {
        if (catchClause.Declaration is { Identifier.RawKind: not (int)SyntaxKind.None } named)
        {
            return named;
        }

        var name = model.LookupSymbols(catchClause.Block.SpanStart, name: "ex").IsEmpty ? "ex" : "exception";
        var identifier = SyntaxFactory.Identifier(name).WithLeadingTrivia(SyntaxFactory.Space);
        var exception = TypeNames.AsWrittenAt(model, catchClause.SpanStart, "System.Exception");
        return catchClause.Declaration?.WithIdentifier(identifier)
            ?? SyntaxFactory.CatchDeclaration(SyntaxFactory.ParseTypeName(exception), identifier)
                .WithTrailingTrivia(catchClause.CatchKeyword.TrailingTrivia);
    }
}
