using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>AI1104: an NLog target given a constant text layout that does not write the trace ID.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NLogLayoutWithoutTraceIdAnalyzer : CorrelationAnalyzer
{
    public NLogLayoutWithoutTraceIdAnalyzer()
        : base(Descriptors.NLogLayoutWithoutTraceId)
    {
    }

    protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (CorrelationSymbols.From(start.Compilation).NLogTarget is { } target)
        {
            start.RegisterSyntaxNodeAction(node => AnalyzeAssignment(node, target), SyntaxKind.SimpleAssignmentExpression);
        }
    }

    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context, INamedTypeSymbol target)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (LoggingConfigurationSyntax.AssignedMemberName(assignment) != "Layout"
            || context.SemanticModel.GetConstantValue(assignment.Right, context.CancellationToken).Value is not string layout
            || LoggingConfigurationSyntax.MentionsTraceId(layout)
            || context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is not IPropertySymbol property
            || !DerivesFrom(property.ContainingType, target))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NLogLayoutWithoutTraceId, assignment.Right.GetLocation(), TargetTypeName(assignment, context.SemanticModel, property)));
    }

    /// <summary>The type of the target being configured, which may derive from the type declaring <c>Layout</c>.</summary>
    private static string TargetTypeName(AssignmentExpressionSyntax assignment, SemanticModel model, IPropertySymbol property)
    {
        var receiver = assignment switch
        {
            { Left: MemberAccessExpressionSyntax memberAccess } => memberAccess.Expression,
            { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } => creation,
            _ => null,
        };
        return (receiver is null ? null : model.GetTypeInfo(receiver).Type?.Name) ?? property.ContainingType.Name;
    }

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol baseType)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
