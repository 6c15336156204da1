using System;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1101: logging set up so that entries do not carry the trace ID. <c>LoggerFactoryOptions.ActivityTrackingOptions</c>
/// is <c>None</c> by default; only hosts (<c>Host.CreateDefaultBuilder</c>, <c>Host.CreateApplicationBuilder</c>,
/// <c>WebApplication.CreateBuilder</c>) turn on TraceId, SpanId and ParentId. So two shapes are flagged:
/// a <c>LoggerFactory.Create</c> lambda that adds only Microsoft providers, at least one of which writes scopes,
/// and never sets the options; and an explicit assignment of constant options without TraceId, unless an
/// OpenTelemetry logging provider, which reads the current activity itself, is added in the same member. Both only
/// where <see cref="TracingEvidence"/> shows that activities are recorded: elsewhere the trace ID would be empty.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TraceIdNotTrackedAnalyzer : CorrelationAnalyzer
{
    public const string ActivityTrackingOptions = nameof(ActivityTrackingOptions);

    private const int TraceIdFlag = 2;

    private static readonly string[] ScopeWritingProviders =
        { "AddConsole", "AddSimpleConsole", "AddJsonConsole", "AddSystemdConsole", "AddEventSourceLogger", "AddEventLog" };

    public TraceIdNotTrackedAnalyzer()
        : base(Descriptors.TraceIdNotTracked)
    {
    }

    protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var symbols = CorrelationSymbols.From(start.Compilation);
        if (symbols is { LoggerFactory: { } loggerFactory, LoggerFactoryOptions: { } options, LoggingBuilder: { } builder })
        {
            start.RegisterSyntaxNodeAction(node => AnalyzeCreate(node, loggerFactory), SyntaxKind.InvocationExpression);
            start.RegisterSyntaxNodeAction(node => AnalyzeOptionsAssignment(node, options, builder), SyntaxKind.SimpleAssignmentExpression);
        }
    }

    private static void AnalyzeCreate(SyntaxNodeAnalysisContext context, INamedTypeSymbol loggerFactory)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (InvocationNames.MethodName(invocation) != "Create"
            || invocation.ArgumentList.Arguments is not { Count: 1 } arguments
            || arguments[0].Expression is not LambdaExpressionSyntax configure
            || BuilderName(configure) is not { } builderName
            || HandsOnTheBuilder(configure, builderName)
            || LoggingConfigurationSyntax.FindAssignment(configure, ActivityTrackingOptions) is not null
            || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, loggerFactory)
            || !AddsOnlyScopeWritingProviders(configure, context.SemanticModel)
            || !TracingEvidence.In(context.Compilation, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TraceIdNotTracked, invocation.Expression.GetLocation(), "LoggerFactory.Create"));
    }

    private static void AnalyzeOptionsAssignment(SyntaxNodeAnalysisContext context, INamedTypeSymbol options, INamedTypeSymbol builder)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (LoggingConfigurationSyntax.AssignedMemberName(assignment) != ActivityTrackingOptions
            || context.SemanticModel.GetConstantValue(assignment.Right, context.CancellationToken).Value is not int tracked
            || (tracked & TraceIdFlag) != 0
            || context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol is not IPropertySymbol property
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, options)
            || AddsOpenTelemetryLogging(OutermostBody(assignment), context.SemanticModel, builder)
            || !TracingEvidence.In(context.Compilation, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.TraceIdNotTracked, assignment.Right.GetLocation(), assignment.Right.ToString()));
    }

    private static string? BuilderName(LambdaExpressionSyntax configure) => configure switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: { Count: 1 } parameters } => parameters[0].Identifier.ValueText,
        _ => null,
    };

    /// <summary>A method the builder is handed to may set the options, and the rule cannot see it.</summary>
    private static bool HandsOnTheBuilder(LambdaExpressionSyntax configure, string builderName) =>
        configure.Body.DescendantNodesAndSelf().OfType<ArgumentSyntax>().Any(argument =>
            argument.Expression is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == builderName);

    /// <summary>
    /// The lambda adds at least one of the Microsoft providers that write scopes, and nothing else. Other providers
    /// (OpenTelemetry, Serilog, NLog, custom ones) read the current activity themselves or cannot be judged; they
    /// are told apart by assembly, because several of them declare their extensions in Microsoft's namespace.
    /// </summary>
    private static bool AddsOnlyScopeWritingProviders(LambdaExpressionSyntax configure, SemanticModel model)
    {
        var addsScopeWriter = false;
        foreach (var invocation in configure.Body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            var name = InvocationNames.MethodName(invocation);
            if (name is null || !name.StartsWith("Add") || name is "AddFilter" or "AddConfiguration")
            {
                continue;
            }

            if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method
                || !method.ContainingAssembly.Name.StartsWith("Microsoft.Extensions.Logging")
                || name == "AddProvider")
            {
                return false;
            }

            addsScopeWriter |= Array.IndexOf(ScopeWritingProviders, name) >= 0;
        }

        return addsScopeWriter;
    }

    /// <summary>The OpenTelemetry provider (<c>logging.AddOpenTelemetry()</c> or <c>.WithLogging()</c>) stamps trace IDs without scopes.</summary>
    private static bool AddsOpenTelemetryLogging(SyntaxNode scope, SemanticModel model, INamedTypeSymbol builder) =>
        scope.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(invocation => InvocationNames.MethodName(invocation) switch
        {
            "WithLogging" => true,
            "AddOpenTelemetry" => invocation.Expression is MemberAccessExpressionSyntax memberAccess
                && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(memberAccess.Expression).Type, builder),
            _ => false,
        });

    /// <summary>The member the assignment is written in, taking in every lambda around it; the whole file for top-level statements.</summary>
    private static SyntaxNode OutermostBody(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(ancestor => ancestor is MemberDeclarationSyntax
            and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax)
        ?? node.SyntaxTree.GetRoot();
}
