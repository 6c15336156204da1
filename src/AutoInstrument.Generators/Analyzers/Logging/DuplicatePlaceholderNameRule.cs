using System;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>AI1003: a placeholder name used twice in a constant template, compared ignoring case as the <c>[LoggerMessage]</c> generator does.</summary>
internal sealed class DuplicatePlaceholderNameRule : ConstantTemplateRule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.DuplicatePlaceholderName;

    protected override void Analyze(OperationAnalysisContext context, TemplateCall call, MessageTemplate template)
    {
        if (template.Placeholders.Any(placeholder => placeholder.IsPositional))
        {
            return;
        }

        var duplicates = template.Placeholders
            .GroupBy(placeholder => placeholder.Name, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            Report(context, call, duplicate.Key, call.MethodName);
        }
    }
}
