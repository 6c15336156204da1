namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>The trivial method every variant ends up calling, with no instrumentation at all.</summary>
public sealed class PlainCalculator : ICalculator
{
    public int Add(int a, int b) => a + b;
}
