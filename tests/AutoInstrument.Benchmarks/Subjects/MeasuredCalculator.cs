namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>The trivial method with <c>[Measured]</c>: every call in this assembly goes through the generated wrapper.</summary>
public sealed class MeasuredCalculator
{
    [Measured]
    public int Add(int a, int b) => a + b;
}
