using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using AutoInstrument.CodeFixes.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>
/// Fixes AI1005: <c>BeginScope($"order {id}")</c> becomes <c>BeginScope("order {Id}", id)</c>, which binds to the
/// <c>LoggerExtensions.BeginScope(messageFormat, args)</c> extension, with the template conversion of AI1001's fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnstructuredScopeFixer)), Shared]
public sealed class UnstructuredScopeFixer : TemplateArgumentFixer
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnstructuredScope);

    protected override string Title => "Pass a template with named placeholders";

    protected override ArgumentListSyntax? FixedArguments(
        Diagnostic diagnostic, ArgumentSyntax argument, ArgumentListSyntax arguments, SemanticModel model, CancellationToken cancellationToken) =>
        argument.NameColon is null && TemplateConversion.From(argument.Expression, model, cancellationToken) is { Values.Count: > 0 } converted
            ? arguments.WithArguments(SyntaxFactory.SeparatedList<ArgumentSyntax>(TemplateAndValues(argument, converted)))
            : null;
}
