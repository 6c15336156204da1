using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// The System.Diagnostics types the tracing-API rules recognise, looked up once per compilation and shared by the
/// rules. Null when ActivitySource is not referenced: then none of the rules has anything to look at.
/// </summary>
internal sealed class TracingApiSymbols
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<TracingApiSymbols?>> PerCompilation = new();

    private TracingApiSymbols(Compilation compilation, INamedTypeSymbol activitySource, INamedTypeSymbol activity)
    {
        ActivitySource = activitySource;
        Activity = activity;
        Meter = compilation.GetTypeByMetadataName("System.Diagnostics.Metrics.Meter");
        Stopwatch = compilation.GetTypeByMetadataName("System.Diagnostics.Stopwatch");
        TimeSpan = compilation.GetTypeByMetadataName("System.TimeSpan");
        Instrument = compilation.GetTypeByMetadataName("System.Diagnostics.Metrics.Instrument`1");
    }

    public INamedTypeSymbol ActivitySource { get; }

    public INamedTypeSymbol Activity { get; }

    public INamedTypeSymbol? Meter { get; }

    public INamedTypeSymbol? Stopwatch { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    /// <summary><c>Instrument&lt;T&gt;</c>, the base of the histograms, counters and gauges that record values.</summary>
    public INamedTypeSymbol? Instrument { get; }

    public static TracingApiSymbols? From(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static created => new StrongBox<TracingApiSymbols?>(Create(created))).Value;

    private static TracingApiSymbols? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Diagnostics.ActivitySource") is { } activitySource
        && compilation.GetTypeByMetadataName("System.Diagnostics.Activity") is { } activity
            ? new TracingApiSymbols(compilation, activitySource, activity)
            : null;

    public bool IsActivity(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, Activity);

    public bool IsActivitySource(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, ActivitySource);

    public bool IsInstrument(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, Instrument))
            {
                return true;
            }
        }

        return false;
    }
}
