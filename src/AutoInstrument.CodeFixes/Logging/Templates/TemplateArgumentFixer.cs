using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging.Templates;

/// <summary>
/// The fixes that turn a text built at run time, passed as an argument, into a constant template followed by its values
/// (AI1001, AI1005): this finds the argument and offers the new argument list each rule writes.
/// </summary>
public abstract class TemplateArgumentFixer : CodeFixProvider
{
    protected abstract string Title { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics.First();
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null
            || model is null
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax text
            || text.Parent is not ArgumentSyntax argument
            || argument.Parent is not ArgumentListSyntax arguments
            || FixedArguments(diagnostic, argument, arguments, model, context.CancellationToken) is not { } fixedArguments)
        {
            return;
        }

        var fixedRoot = root.ReplaceNode(arguments, fixedArguments);
        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), Title),
            diagnostic);
    }

    /// <summary>The argument list with <paramref name="argument"/> converted, or null when this call cannot be fixed.</summary>
    protected abstract ArgumentListSyntax? FixedArguments(
        Diagnostic diagnostic, ArgumentSyntax argument, ArgumentListSyntax arguments, SemanticModel model, CancellationToken cancellationToken);

    /// <summary>The constant template in place of <paramref name="argument"/>, keeping its trivia, then each value after a comma.</summary>
    private protected static IEnumerable<SyntaxNodeOrToken> TemplateAndValues(ArgumentSyntax argument, ConstantTemplate converted)
    {
        yield return argument.WithExpression(converted.ToLiteral().WithTriviaFrom(argument.Expression));
        foreach (var value in converted.Values)
        {
            yield return SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            yield return SyntaxFactory.Argument(value.WithoutTrivia());
        }
    }
}
