namespace AutoInstrument.Benchmarks.Library;

/// <summary><c>TracedCalculator.Add</c> declared in another assembly: its calls in the benchmarks record into this library's source.</summary>
public sealed class ReferencedCalculator
{
    [Traced]
    public int Add([Tag("calc.a")] int a, int b) => a + b;
}
