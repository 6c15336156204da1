using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1005: <c>logger.BeginScope($"order {id}")</c>. The string alone binds to <c>ILogger.BeginScope&lt;TState&gt;</c>,
/// whose state is logged as it is, not parsed as a template (AI1001 leaves that call alone for this reason): the scope
/// is a flat string. Judged by the same <see cref="RuntimeBuiltTemplate"/> shapes as AI1001, by name before binding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnstructuredScopeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnstructuredScope);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILogger") is { } logger)
            {
                start.RegisterSyntaxNodeAction(node => Analyze(node, logger), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol logger)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (InvocationNames.MethodName(invocation) != "BeginScope"
            || invocation.ArgumentList.Arguments.Count != 1
            || context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation
            || operation.TargetMethod is not { IsGenericMethod: true } method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, logger)
            || method.TypeArguments[0].SpecialType != SpecialType.System_String
            || operation.Arguments.Length != 1
            || RuntimeBuiltTemplate.Describe(operation.Arguments[0].Value) is not { } construction)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnstructuredScope, operation.Arguments[0].Value.Syntax.GetLocation(), construction));
    }
}
