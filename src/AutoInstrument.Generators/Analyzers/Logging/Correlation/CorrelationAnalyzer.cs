using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>
/// One trace-correlation rule: it skips generated code, runs concurrently, and sets itself up once per compilation,
/// where it looks up the types it needs and registers nothing when their library is not referenced.
/// </summary>
public abstract class CorrelationAnalyzer : DiagnosticAnalyzer
{
    private protected CorrelationAnalyzer(DiagnosticDescriptor rule) => SupportedDiagnostics = ImmutableArray.Create(rule);

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    protected abstract void OnCompilationStart(CompilationStartAnalysisContext start);
}
