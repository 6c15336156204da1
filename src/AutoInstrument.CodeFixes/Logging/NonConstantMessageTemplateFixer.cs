using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Templates;
using AutoInstrument.Generators.Analyzers.Logging;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>
/// Fixes AI1001: passes a constant template with named placeholders and the values as arguments right after it, where
/// the exception, level and event ID arguments before it stay. Values the call already passes stay after the new ones
/// when the old template had no placeholders of its own; otherwise their order cannot be told and no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonConstantMessageTemplateFixer)), Shared]
public sealed class NonConstantMessageTemplateFixer : CodeFixProvider
{
    private const string Title = "Use a constant template with named placeholders";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonConstantMessageTemplate);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics.First();
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null
            || model is null
            || !diagnostic.Properties.ContainsKey(NonConstantMessageTemplateRule.TakesValuesProperty)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax template
            || template.Parent is not ArgumentSyntax argument
            || argument.Parent is not ArgumentListSyntax arguments
            || arguments.Arguments.Any(other => other.NameColon is not null)
            || TemplateConversion.From(template, model, context.CancellationToken) is not { } converted)
        {
            return;
        }

        var position = arguments.Arguments.IndexOf(argument);
        if (position < arguments.Arguments.Count - 1 && converted.TextHadBraces)
        {
            return;
        }

        var fixedArguments = arguments.WithArguments(WithValuesAfter(arguments.Arguments, position, converted, template));
        var fixedRoot = root.ReplaceNode(arguments, fixedArguments);
        context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), Title),
            diagnostic);
    }

    /// <summary>The arguments with the template replaced and its values inserted after it, keeping the other separators as written.</summary>
    private static SeparatedSyntaxList<ArgumentSyntax> WithValuesAfter(
        SeparatedSyntaxList<ArgumentSyntax> arguments, int position, ConstantTemplate converted, ExpressionSyntax template)
    {
        var nodesAndTokens = new List<SyntaxNodeOrToken>();
        var original = arguments.GetWithSeparators();
        for (var index = 0; index < original.Count; index++)
        {
            if (index != position * 2)
            {
                nodesAndTokens.Add(original[index]);
                continue;
            }

            nodesAndTokens.Add(arguments[position].WithExpression(converted.ToLiteral().WithTriviaFrom(template)));
            foreach (var value in converted.Values)
            {
                nodesAndTokens.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
                nodesAndTokens.Add(SyntaxFactory.Argument(value.WithoutTrivia()));
            }
        }

        return SyntaxFactory.SeparatedList<ArgumentSyntax>(nodesAndTokens);
    }
}
