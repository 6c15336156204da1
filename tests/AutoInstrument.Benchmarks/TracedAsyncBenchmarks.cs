using AutoInstrument.Benchmarks.Subjects;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using OpenTelemetry.Trace;

namespace AutoInstrument.Benchmarks;

/// <summary>
/// A traced <c>Task&lt;int&gt;</c> method, with and without a listener: one that completes synchronously (the wrapper
/// must end the span without a state machine) and one that yields (the span ends in a continuation).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class TracedAsyncBenchmarks
{
    private readonly HandWrittenTracedCalculator _handWritten = new();
    private readonly TracedCalculator _traced = new();
    private int _a = 1;
    private int _b = 2;
    private TracerProvider? _tracing;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void StartTracing()
    {
        _tracing = Listening ? Listeners.StartTracing() : null;
        Listeners.EnsureTracing(expected: Listening);
    }

    [GlobalCleanup]
    public void StopTracing() => _tracing?.Dispose();

    [Benchmark(Baseline = true, Description = "Hand-written, completed task")]
    [BenchmarkCategory("Completed")]
    public Task<int> HandWrittenCompleted() => _handWritten.AddAsync(_a, _b);

    [Benchmark(Description = "Generated, completed task")]
    [BenchmarkCategory("Completed")]
    public Task<int> GeneratedCompleted() => _traced.AddAsync(_a, _b);

    [Benchmark(Baseline = true, Description = "Hand-written, after Task.Yield")]
    [BenchmarkCategory("Yielding")]
    public Task<int> HandWrittenYielding() => _handWritten.AddAfterYieldAsync(_a, _b);

    [Benchmark(Description = "Generated, after Task.Yield")]
    [BenchmarkCategory("Yielding")]
    public Task<int> GeneratedYielding() => _traced.AddAfterYieldAsync(_a, _b);
}
