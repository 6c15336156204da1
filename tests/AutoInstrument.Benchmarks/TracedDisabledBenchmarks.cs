using AutoInstrument.Benchmarks.Subjects;
using BenchmarkDotNet.Attributes;

namespace AutoInstrument.Benchmarks;

/// <summary>
/// A traced synchronous call when nobody listens, the state most calls of a library are in: the generated wrapper must
/// cost what the best hand-written check costs, allocate nothing, and leave runtime proxies far behind.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TracedDisabledBenchmarks
{
    private readonly PlainCalculator _plain = new();
    private readonly HandWrittenTracedCalculator _handWritten = new();
    private readonly TracedCalculator _traced = new();
    private readonly ICalculator _dispatchProxy = TracingDispatchProxy<ICalculator>.Wrap(new PlainCalculator());
    private readonly ICalculator _castleProxy = TracingInterceptor.Wrap<ICalculator>(new PlainCalculator());
    private int _a = 1;
    private int _b = 2;

    [GlobalSetup]
    public void EnsureNobodyListens() => Listeners.EnsureTracing(expected: false);

    [Benchmark(Description = "Direct call, no tracing")]
    public int Direct() => _plain.Add(_a, _b);

    [Benchmark(Baseline = true, Description = "Hand-written HasListeners check")]
    public int HandWritten() => _handWritten.Add(_a, _b);

    [Benchmark(Description = "Generated [Traced] wrapper")]
    public int Generated() => _traced.Add(_a, _b);

    [Benchmark(Description = "DispatchProxy")]
    public int DispatchProxy() => _dispatchProxy.Add(_a, _b);

    [Benchmark(Description = "Castle DynamicProxy")]
    public int CastleProxy() => _castleProxy.Add(_a, _b);
}
