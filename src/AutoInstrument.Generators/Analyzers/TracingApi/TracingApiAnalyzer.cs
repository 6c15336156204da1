using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// One rule about hand-written tracing or metrics code: set up as the correlation rules are (generated code skipped,
/// the generator's own wrappers included; concurrent), and idle in a compilation that does not reference
/// System.Diagnostics.DiagnosticSource's ActivitySource.
/// </summary>
public abstract class TracingApiAnalyzer : CorrelationAnalyzer
{
    private protected TracingApiAnalyzer(DiagnosticDescriptor rule)
        : base(rule)
    {
    }

    protected sealed override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (TracingApiSymbols.From(start.Compilation) is { } symbols)
        {
            OnCompilationStart(start, symbols);
        }
    }

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext start, TracingApiSymbols symbols);

    /// <summary>The diagnostic properties that tell the code fix it may apply: <paramref name="name"/> set, or none.</summary>
    private protected static ImmutableDictionary<string, string?> FixProperties(bool fits, string name, string value = "true") =>
        fits ? ImmutableDictionary<string, string?>.Empty.Add(name, value) : ImmutableDictionary<string, string?>.Empty;
}
