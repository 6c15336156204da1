using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// One rule about hand-written tracing or metrics code: it skips generated code (the generator's own wrappers
/// included), runs concurrently, and registers nothing in a compilation that does not reference
/// System.Diagnostics.DiagnosticSource's ActivitySource.
/// </summary>
public abstract class TracingApiAnalyzer : DiagnosticAnalyzer
{
    private protected TracingApiAnalyzer(DiagnosticDescriptor rule) => SupportedDiagnostics = ImmutableArray.Create(rule);

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (TracingApiSymbols.From(start.Compilation) is { } symbols)
            {
                OnCompilationStart(start, symbols);
            }
        });
    }

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext start, TracingApiSymbols symbols);
}
