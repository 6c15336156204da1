using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports calls that bind to an implementation or override without instrumentation while the interface member or base
/// method it stands for carries <c>[Traced]</c>/<c>[Measured]</c>: interception follows what a call binds to, so such a
/// call runs without telemetry although the operation is instrumented (AI0011 reports the reverse case).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AbstractionBypassedAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AbstractionBypassed);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            IMethodSymbol? InstrumentedAbstraction(IMethodSymbol method)
            {
                foreach (var abstraction in AbstractionCheck.Abstractions(method))
                {
                    if (symbols.IsInstrumented(abstraction.OriginalDefinition))
                    {
                        return abstraction;
                    }

                    if (abstraction.IsOverride && InstrumentedAbstraction(abstraction.OriginalDefinition) is { } further)
                    {
                        return further;
                    }
                }

                return null;
            }

            start.RegisterOperationAction(
                operation =>
                {
                    var called = ((IInvocationOperation)operation.Operation).TargetMethod.OriginalDefinition;
                    if (called.IsStatic
                        || called.MethodKind != MethodKind.Ordinary
                        || called.ContainingType.TypeKind == TypeKind.Interface
                        || symbols.IsInstrumented(called)
                        || InstrumentedAbstraction(called) is not { } abstraction)
                    {
                        return;
                    }

                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.AbstractionBypassed,
                        operation.Operation.Syntax.GetLocation(),
                        called.ContainingType.Name + "." + called.Name,
                        abstraction.ContainingType.Name + "." + abstraction.Name,
                        abstraction.ContainingType.Name));
                },
                OperationKind.Invocation);
        });
    }
}
