using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using AutoInstrument.CodeFixes.Logging.Templates;
using AutoInstrument.Generators.Analyzers.Logging;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
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
public sealed class NonConstantMessageTemplateFixer : TemplateArgumentFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NonConstantMessageTemplate);

    protected override string Title => "Use a constant template with named placeholders";

    protected override ArgumentListSyntax? FixedArguments(
        Diagnostic diagnostic, ArgumentSyntax argument, ArgumentListSyntax arguments, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.ContainsKey(NonConstantMessageTemplateRule.TakesValuesProperty)
            || arguments.Arguments.Any(other => other.NameColon is not null)
            || TemplateConversion.From(argument.Expression, model, cancellationToken) is not { } converted)
        {
            return null;
        }

        var position = arguments.Arguments.IndexOf(argument);
        return position < arguments.Arguments.Count - 1 && converted.TextHadBraces
            ? null
            : arguments.WithArguments(WithValuesAfter(arguments.Arguments, position, converted));
    }

    /// <summary>The arguments with the template replaced and its values inserted after it, keeping the other separators as written.</summary>
    private static SeparatedSyntaxList<ArgumentSyntax> WithValuesAfter(SeparatedSyntaxList<ArgumentSyntax> arguments, int position, ConstantTemplate converted)
    {
        var nodesAndTokens = new List<SyntaxNodeOrToken>();
        var original = arguments.GetWithSeparators();
        for (var index = 0; index < original.Count; index++)
        {
            if (index == position * 2)
            {
                nodesAndTokens.AddRange(TemplateAndValues(arguments[position], converted));
            }
            else
            {
                nodesAndTokens.Add(original[index]);
            }
        }

        return SyntaxFactory.SeparatedList<ArgumentSyntax>(nodesAndTokens);
    }
}
