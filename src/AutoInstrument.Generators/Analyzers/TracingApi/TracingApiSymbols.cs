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
    }

    public INamedTypeSymbol ActivitySource { get; }

    public INamedTypeSymbol Activity { get; }

    public INamedTypeSymbol? Meter { get; }

    public INamedTypeSymbol? Stopwatch { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    public static TracingApiSymbols? From(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static created => new StrongBox<TracingApiSymbols?>(Create(created))).Value;

    private static TracingApiSymbols? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Diagnostics.ActivitySource") is { } activitySource
        && compilation.GetTypeByMetadataName("System.Diagnostics.Activity") is { } activity
            ? new TracingApiSymbols(compilation, activitySource, activity)
            : null;

    public bool IsActivity(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, Activity);

    public bool IsActivitySource(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(type, ActivitySource);
}
