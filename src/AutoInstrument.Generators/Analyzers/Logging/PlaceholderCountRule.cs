using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1002: the placeholders of a constant template against the values the call passes, in Serilog and NLog calls only:
/// for Microsoft.Extensions.Logging the SDK's own CA2017 (on by default) reports the same mismatch, and one mistake is
/// one diagnostic. Values are counted only when the code shows them.
/// </summary>
internal sealed class PlaceholderCountRule : ConstantTemplateRule
{
    public override DiagnosticDescriptor Descriptor => Descriptors.PlaceholderCountMismatch;

    protected override void Analyze(OperationAnalysisContext context, TemplateCall call, MessageTemplate template)
    {
        if (call.Library is not (TemplateLibrary.Serilog or TemplateLibrary.NLog)
            || call.ValueCount is not { } passed
            || template.IsMixed)
        {
            return;
        }

        var expected = ExpectedValueCount(template);
        if (passed != expected)
        {
            Report(context, call, call.MethodName, expected, passed);
        }
    }

    /// <summary>Serilog and NLog read an all-numeric template as string.Format does, so <c>{0} {0}</c> takes one value; otherwise each placeholder takes the next.</summary>
    private static int ExpectedValueCount(MessageTemplate template) =>
        template.IsPositional ? template.Placeholders.Max(placeholder => placeholder.Index) + 1 : template.Placeholders.Count;
}
