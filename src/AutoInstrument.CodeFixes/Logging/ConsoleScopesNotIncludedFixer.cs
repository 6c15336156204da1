using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>Fixes AI1102: turns <c>IncludeScopes = false</c> into true, or sets it in the formatter's configure lambda.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsoleScopesNotIncludedFixer)), Shared]
public sealed class ConsoleScopesNotIncludedFixer : CodeFixProvider
{
    private const string Title = "Include scopes";
    private const string IncludeScopes = ConsoleScopesNotIncludedAnalyzer.IncludeScopes;

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ConsoleScopesNotIncluded);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics.First();
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var (original, replacement) = node switch
        {
            LiteralExpressionSyntax excluded => (excluded, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(excluded)),
            _ when node?.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation => WithScopes(invocation),
            _ => default((SyntaxNode?, SyntaxNode?)),
        };
        if (original is not null && replacement is not null)
        {
            context.RegisterCodeFix(
                CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root!.ReplaceNode(original, replacement))), Title),
                diagnostic);
        }
    }

    /// <summary>Adds the assignment to the configure lambda, or adds a lambda when the call has none.</summary>
    private static (SyntaxNode?, SyntaxNode?) WithScopes(InvocationExpressionSyntax invocation)
    {
        var configure = invocation.ArgumentList.Arguments.Select(argument => argument.Expression).OfType<LambdaExpressionSyntax>().FirstOrDefault();
        if (configure is null)
        {
            var lambda = SyntaxFactory.ParseExpression("options => options." + IncludeScopes + " = true");
            return (invocation, invocation.AddArgumentListArguments(SyntaxFactory.Argument(lambda)));
        }

        return LambdaBodies.SingleParameterName(configure) is { } options
            ? (configure, LambdaBodies.AppendStatement(configure, SyntaxFactory.ParseStatement(options + "." + IncludeScopes + " = true;")))
            : (null, null);
    }
}
