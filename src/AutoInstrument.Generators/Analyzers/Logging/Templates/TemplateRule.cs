using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>One message-template rule, judging a call that <see cref="MessageTemplateAnalyzer"/> has already recognised.</summary>
internal abstract class TemplateRule
{
    public abstract DiagnosticDescriptor Descriptor { get; }

    public abstract void Analyze(OperationAnalysisContext context, TemplateCall call, TemplateSymbols symbols);

    /// <summary>Reports the rule at the template argument.</summary>
    protected void Report(OperationAnalysisContext context, TemplateCall call, params object?[] messageArguments) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptor, call.Template.Value.Syntax.GetLocation(), messageArguments));
}
