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
    // A few nanoseconds are too close to BenchmarkDotNet's overhead to give a ratio: each invocation makes this many calls.
    private const int Calls = 100;

    private readonly PlainCalculator _plain = new();
    private readonly HandWrittenTracedCalculator _handWritten = new();
    private readonly TracedCalculator _traced = new();
    private readonly AutoInstrument.Benchmarks.Library.ReferencedCalculator _referenced = new();
    private readonly ICalculator _dispatchProxy = TracingDispatchProxy<ICalculator>.Wrap(new PlainCalculator());
    private readonly ICalculator _castleProxy = TracingInterceptor.Wrap<ICalculator>(new PlainCalculator());
    private int _b = 2;

    [GlobalSetup]
    public void EnsureNobodyListens() => Listeners.EnsureTracing(expected: false);

    [Benchmark(OperationsPerInvoke = Calls, Description = "Direct call, no tracing")]
    public int Direct()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += _plain.Add(i, _b);
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Calls, Description = "Hand-written HasListeners check")]
    public int HandWritten()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += _handWritten.Add(i, _b);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "Generated [Traced] wrapper")]
    public int Generated()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += _traced.Add(i, _b);
        }

        return total;
    }

    // The wrapper is generated here and reads the library's source from a field of this assembly's telemetry class.
    [Benchmark(OperationsPerInvoke = Calls, Description = "Generated [Traced] wrapper, method of a referenced library")]
    public int GeneratedReferenced()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += _referenced.Add(i, _b);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "DispatchProxy")]
    public int DispatchProxy()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += _dispatchProxy.Add(i, _b);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Calls, Description = "Castle DynamicProxy")]
    public int CastleProxy()
    {
        var total = 0;
        for (var i = 0; i < Calls; i++)
        {
            total += _castleProxy.Add(i, _b);
        }

        return total;
    }
}
