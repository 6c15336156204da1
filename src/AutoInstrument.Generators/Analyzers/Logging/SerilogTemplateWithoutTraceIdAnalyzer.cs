using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1103: a Serilog text sink configured with a constant <c>outputTemplate</c> that does not write the trace ID.
/// Sinks left on their default template are not flagged: nothing in the code chose that output.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SerilogTemplateWithoutTraceIdAnalyzer : CorrelationAnalyzer
{
    private const string OutputTemplateParameter = "outputTemplate";

    public SerilogTemplateWithoutTraceIdAnalyzer()
        : base(Descriptors.SerilogTemplateWithoutTraceId)
    {
    }

    protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (CorrelationSymbols.From(start.Compilation).SerilogConfiguration is not null)
        {
            start.RegisterSyntaxNodeAction(AnalyzeInvocation, SyntaxKind.InvocationExpression);
        }
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (!invocation.ArgumentList.Arguments.Any(MayBeOutputTemplate)
            || context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
            || LoggingLibrary.Of(operation.TargetMethod) != LoggingLibrary.Serilog
            || operation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == OutputTemplateParameter) is not { } templateArgument
            || templateArgument.ArgumentKind != ArgumentKind.Explicit
            || templateArgument.Value.ConstantValue.Value is not string template
            || LoggingConfigurationSyntax.MentionsTraceId(template)
            || !TracingEvidence.In(context.Compilation, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SerilogTemplateWithoutTraceId, templateArgument.Value.Syntax.GetLocation(), operation.TargetMethod.Name));
    }

    /// <summary>Cheap syntax test: a named <c>outputTemplate:</c> argument, or a string literal shaped like a template.</summary>
    private static bool MayBeOutputTemplate(ArgumentSyntax argument) =>
        argument.NameColon?.Name.Identifier.ValueText == OutputTemplateParameter
        || (argument.Expression is LiteralExpressionSyntax literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression)
            && literal.Token.ValueText.Contains("{Message"));
}
