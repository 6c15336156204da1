using System;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1104: an NLog target given a constant text layout that does not write the trace ID. Only targets NLog ships to
/// write lines to a log store are judged: a custom target may render its layout as the message it hands to another
/// logger, the in-memory targets keep lines for tests, and the debugger target shows them to whoever is debugging.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NLogLayoutWithoutTraceIdAnalyzer : CorrelationAnalyzer
{
    private static readonly string[] LocalOnlyTargets = { "MemoryTarget", "DebugTarget", "NullTarget", "DebuggerTarget" };

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

        var configured = ConfiguredTargetType(assignment, context) ?? property.ContainingType;
        if (WritesToLogStore(configured, target) && TracingEvidence.In(context.Compilation, context.CancellationToken))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.NLogLayoutWithoutTraceId, assignment.Right.GetLocation(), configured.Name));
        }
    }

    /// <summary>
    /// The type of the target being configured, which may derive from the type declaring <c>Layout</c>: the receiver's,
    /// or the enclosing type's when a target sets its own layout.
    /// </summary>
    private static INamedTypeSymbol? ConfiguredTargetType(AssignmentExpressionSyntax assignment, SyntaxNodeAnalysisContext context)
    {
        var receiver = assignment switch
        {
            { Left: MemberAccessExpressionSyntax memberAccess } => memberAccess.Expression,
            { Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } => creation,
            _ => null,
        };
        return receiver is null
            ? context.ContainingSymbol?.ContainingType
            : context.SemanticModel.GetTypeInfo(receiver, context.CancellationToken).Type as INamedTypeSymbol;
    }

    /// <summary>Whether the nearest target NLog itself ships, in the type's ancestry, is a concrete one that writes to a log store.</summary>
    private static bool WritesToLogStore(INamedTypeSymbol type, INamedTypeSymbol target)
    {
        var shipped = type;
        while (shipped is not null && !SymbolEqualityComparer.Default.Equals(shipped.ContainingAssembly, target.ContainingAssembly))
        {
            shipped = shipped.BaseType;
        }

        return shipped is { IsAbstract: false } && Array.IndexOf(LocalOnlyTargets, shipped.Name) < 0;
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
