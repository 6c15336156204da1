using AutoInstrument.Benchmarks.Subjects;
using BenchmarkDotNet.Attributes;
using OpenTelemetry.Trace;

namespace AutoInstrument.Benchmarks;

/// <summary>
/// A traced synchronous call with the OpenTelemetry SDK sampling every span (and exporting none, so the exporter's cost
/// does not hide the wrapper's): the generated wrapper must cost what the best hand-written code doing the same work
/// costs, and less than runtime proxies.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TracedEnabledBenchmarks
{
    private readonly HandWrittenTracedCalculator _handWritten = new();
    private readonly TracedCalculator _traced = new();
    private readonly ICalculator _dispatchProxy = TracingDispatchProxy<ICalculator>.Wrap(new PlainCalculator());
    private readonly ICalculator _castleProxy = TracingInterceptor.Wrap<ICalculator>(new PlainCalculator());
    private int _a = 1;
    private int _b = 2;
    private TracerProvider? _tracing;

    [GlobalSetup]
    public void StartTracing()
    {
        _tracing = Listeners.StartTracing();
        Listeners.EnsureTracing(expected: true);
    }

    [GlobalCleanup]
    public void StopTracing() => _tracing?.Dispose();

    [Benchmark(Baseline = true, Description = "Hand-written span")]
    public int HandWritten() => _handWritten.Add(_a, _b);

    [Benchmark(Description = "Generated [Traced] wrapper")]
    public int Generated() => _traced.Add(_a, _b);

    [Benchmark(Description = "DispatchProxy")]
    public int DispatchProxy() => _dispatchProxy.Add(_a, _b);

    [Benchmark(Description = "Castle DynamicProxy")]
    public int CastleProxy() => _castleProxy.Add(_a, _b);
}
