using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// A message-template rule: it looks up the logging types once per compilation, stays idle when none is referenced,
/// and judges only invocations whose method name can take a template, before binding anything else.
/// </summary>
public abstract class TemplateAnalyzer : DiagnosticAnalyzer
{
    private protected TemplateAnalyzer(params DiagnosticDescriptor[] rules) => SupportedDiagnostics = ImmutableArray.Create(rules);

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TemplateSymbols.From(start.Compilation);
            if (symbols.AnyLibrary)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeInvocation(node, symbols), SyntaxKind.InvocationExpression);
            }
        });
    }

    private void AnalyzeInvocation(SyntaxNodeAnalysisContext context, TemplateSymbols symbols)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (TemplateCalls.Recognize(invocation, context.SemanticModel, symbols, context.CancellationToken) is { } call)
        {
            AnalyzeCall(context, call);
        }
    }

    private protected abstract void AnalyzeCall(SyntaxNodeAnalysisContext context, TemplateCall call);
}
