using System;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1002–AI1004: the placeholders of a constant message template against the values the call passes (Serilog and
/// NLog only: the SDK's CA2017 counts those of Microsoft.Extensions.Logging), their names, and positional ones: mixed
/// with named ones in every library, all positional in Serilog and NLog (the SDK's CA2253 reports those of
/// Microsoft.Extensions.Logging). Malformed templates are left alone: the libraries read them differently.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MessageTemplatePlaceholdersAnalyzer : TemplateAnalyzer
{
    public MessageTemplatePlaceholdersAnalyzer()
        : base(Descriptors.PlaceholderCountMismatch, Descriptors.DuplicatePlaceholderName, Descriptors.PositionalPlaceholders)
    {
    }

    private protected override void AnalyzeCall(SyntaxNodeAnalysisContext context, TemplateCall call)
    {
        if (call.Template.Value.ConstantValue.Value is not string text
            || MessageTemplate.Parse(text) is not { IsMalformed: false } template)
        {
            return;
        }

        var location = call.Template.Value.Syntax.GetLocation();
        var positional = template.Placeholders.FirstOrDefault(placeholder => placeholder.IsPositional);
        var isMixed = positional is not null && !template.IsPositional;
        if (positional is not null && (isMixed || call.Library is TemplateLibrary.Serilog or TemplateLibrary.NLog))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PositionalPlaceholders, location, call.MethodName, "{" + positional.Name + "}"));
        }

        if (isMixed)
        {
            return;
        }

        var duplicates = template.Placeholders
            .Where(placeholder => !placeholder.IsPositional)
            .GroupBy(placeholder => placeholder.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicatePlaceholderName, location, duplicate.Key, call.MethodName));
        }

        // For Microsoft.Extensions.Logging the SDK's own CA2017 (on by default) reports the same mismatch: one mistake, one diagnostic.
        var expected = ExpectedValueCount(template, call.Library);
        if (call.Library is TemplateLibrary.Serilog or TemplateLibrary.NLog && call.ValueCount is { } passed && passed != expected)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PlaceholderCountMismatch, location, call.MethodName, expected, passed));
        }
    }

    /// <summary>
    /// Serilog and NLog read an all-numeric template as string.Format does, so <c>{0} {0}</c> takes one value;
    /// otherwise, and always in Microsoft.Extensions.Logging, each placeholder takes the next value.
    /// </summary>
    private static int ExpectedValueCount(MessageTemplate template, TemplateLibrary library) =>
        template.IsPositional && library is TemplateLibrary.Serilog or TemplateLibrary.NLog
            ? template.Placeholders.Max(placeholder => placeholder.Index) + 1
            : template.Placeholders.Count;
}
