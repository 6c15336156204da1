using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// A rule about the placeholders of a constant template. Malformed templates are left alone: Microsoft.Extensions.Logging,
/// Serilog and NLog read them differently.
/// </summary>
internal abstract class ConstantTemplateRule : TemplateRule
{
    public sealed override void Analyze(OperationAnalysisContext context, TemplateCall call, TemplateSymbols symbols)
    {
        if (call.ConstantTemplate is { IsMalformed: false } template)
        {
            Analyze(context, call, template);
        }
    }

    protected abstract void Analyze(OperationAnalysisContext context, TemplateCall call, MessageTemplate template);
}
