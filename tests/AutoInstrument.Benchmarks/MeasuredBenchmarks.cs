using AutoInstrument.Benchmarks.Subjects;
using BenchmarkDotNet.Attributes;
using OpenTelemetry.Metrics;

namespace AutoInstrument.Benchmarks;

/// <summary>
/// A measured call, with the OpenTelemetry SDK aggregating the histogram and without any listener: the generated
/// wrapper must cost what hand-written timing and recording cost, and allocate nothing.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MeasuredBenchmarks
{
    private readonly HandWrittenMeasuredCalculator _handWritten = new();
    private readonly MeasuredCalculator _measured = new();
    private int _a = 1;
    private int _b = 2;
    private MeterProvider? _metrics;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void StartMetrics()
    {
        _metrics = Listening ? Listeners.StartMetrics() : null;
        Listeners.EnsureMetrics(expected: Listening);
    }

    [GlobalCleanup]
    public void StopMetrics() => _metrics?.Dispose();

    [Benchmark(Baseline = true, Description = "Hand-written Stopwatch + Record")]
    public int HandWritten() => _handWritten.Add(_a, _b);

    [Benchmark(Description = "Generated [Measured] wrapper")]
    public int Generated() => _measured.Add(_a, _b);
}
