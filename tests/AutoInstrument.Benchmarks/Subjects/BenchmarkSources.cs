using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>
/// The sources and meters of the hand-written and proxy variants, apart from the generated ones so that each variant
/// pays only for its own listener state.
/// </summary>
public static class BenchmarkSources
{
    public const string HandWrittenName = "AutoInstrument.Benchmarks.HandWritten";

    public const string ProxiesName = "AutoInstrument.Benchmarks.Proxies";

    public static readonly ActivitySource HandWritten = new(HandWrittenName);

    public static readonly ActivitySource Proxies = new(ProxiesName);

    public static readonly Meter HandWrittenMeter = new(HandWrittenName);

    /// <summary>The instrument <c>[Measured]</c> creates, with the same default bucket advice.</summary>
    public static readonly Histogram<double> HandWrittenDuration = HandWrittenMeter.CreateHistogram<double>(
        "method.duration",
        "s",
        "The duration of the method.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
}
