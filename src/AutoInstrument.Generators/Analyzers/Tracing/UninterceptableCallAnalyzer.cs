using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports uses of an instrumented method that interception cannot reach — method groups, <c>base</c> calls, calls
/// inside expression trees and constrained calls on a type parameter that may be a struct — so no call runs
/// uninstrumented without the user knowing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UninterceptableCallAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CallNotInterceptable);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            bool IsInterceptedTarget(IMethodSymbol method) =>
                !InterceptionTargets.IsPartialForm(method.OriginalDefinition) && symbols.IsInstrumented(method.OriginalDefinition);

            start.RegisterOperationAction(
                operation =>
                {
                    var reference = (IMethodReferenceOperation)operation.Operation;
                    if (IsInterceptedTarget(reference.Method))
                    {
                        Report(operation, reference.Method, "method group");
                    }
                },
                OperationKind.MethodReference);

            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if (!IsInterceptedTarget(invocation.TargetMethod))
                    {
                        return;
                    }

                    if (invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } })
                    {
                        Report(operation, invocation.TargetMethod, "base call");
                    }
                    else if (IsInExpressionTree(invocation))
                    {
                        Report(operation, invocation.TargetMethod, "call inside an expression tree");
                    }
                    else if (InterceptionTargets.IsConstrainedCallOnPossibleStruct(invocation.TargetMethod, invocation.Instance?.Type))
                    {
                        Report(operation, invocation.TargetMethod, "constrained call on a type parameter");
                    }
                },
                OperationKind.Invocation);
        });
    }

    private static bool IsInExpressionTree(IOperation operation) =>
        operation.SemanticModel is { } model && operation.Syntax.Ancestors().OfType<LambdaExpressionSyntax>()
            .Any(lambda => model.GetTypeInfo(lambda).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: var ns }
                && ns.ToDisplayString() == "System.Linq.Expressions");

    private static void Report(OperationAnalysisContext context, IMethodSymbol method, string kind) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CallNotInterceptable, context.Operation.Syntax.GetLocation(), method.Name, kind, method.Name));
}
