namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>The same methods with <c>[Traced]</c>: every call in this assembly goes through the generated wrapper.</summary>
public sealed class TracedCalculator
{
    [Traced]
    public int Add([Tag("calc.a")] int a, int b) => a + b;

    [Traced]
    public Task<int> AddAsync([Tag("calc.a")] int a, int b) => Task.FromResult(a + b);

    [Traced]
    public async Task<int> AddAfterYieldAsync([Tag("calc.a")] int a, int b)
    {
        await Task.Yield();
        return a + b;
    }
}
