using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>
/// Fixes AI1005: <c>BeginScope($"order {id}")</c> becomes <c>BeginScope("order {Id}", id)</c>, which binds to the
/// <c>LoggerExtensions.BeginScope(messageFormat, args)</c> extension, with the template conversion of AI1001's fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnstructuredScopeFixer)), Shared]
public sealed class UnstructuredScopeFixer : CodeFixProvider
{
    private const string Title = "Pass a template with named placeholders";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnstructuredScope);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics.First();
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null
            || model is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax state
            || state.Parent is not ArgumentSyntax { NameColon: null } argument
            || argument.Parent is not ArgumentListSyntax arguments
            || TemplateConversion.From(state, model, context.CancellationToken) is not { Values.Count: > 0 } converted)
        {
            return;
        }

        var nodesAndTokens = new List<SyntaxNodeOrToken> { argument.WithExpression(converted.ToLiteral().WithTriviaFrom(state)) };
        foreach (var value in converted.Values)
        {
            nodesAndTokens.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            nodesAndTokens.Add(SyntaxFactory.Argument(value.WithoutTrivia()));
        }

        var fixedRoot = root.ReplaceNode(arguments, arguments.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(nodesAndTokens)));
        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), Title),
            diagnostic);
    }
}
