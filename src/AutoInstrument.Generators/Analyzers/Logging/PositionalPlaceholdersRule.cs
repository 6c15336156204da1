using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1004: a numbered placeholder in a constant template: mixed with named ones in every library, or in an all-numbered
/// template of Serilog or NLog. The all-numbered templates of Microsoft.Extensions.Logging are the SDK's CA2253 (on by
/// default), which reports them once already.
/// </summary>
internal sealed class PositionalPlaceholdersRule : ConstantTemplateRule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.PositionalPlaceholders;

    protected override void Analyze(OperationAnalysisContext context, TemplateCall call, MessageTemplate template)
    {
        if (template.Placeholders.FirstOrDefault(placeholder => placeholder.IsPositional) is not { } positional
            || (template.IsPositional && call.Library is not (TemplateLibrary.Serilog or TemplateLibrary.NLog)))
        {
            return;
        }

        Report(context, call, call.MethodName, "{" + positional.Name + "}");
    }
}
