using System.Diagnostics;

namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>
/// The best code a careful engineer writes by hand for what <c>[Measured]</c> promises — the bar the generated wrapper
/// is held to: leave at once when the histogram is not listened to, time with <see cref="Stopwatch.GetTimestamp"/> and
/// record seconds with the function name, adding <c>error.type</c> on failure, without allocating.
/// </summary>
public sealed class HandWrittenMeasuredCalculator
{
    private const string FunctionName = "AutoInstrument.Benchmarks.Subjects.HandWrittenMeasuredCalculator.Add";

    public int Add(int a, int b)
    {
        if (!BenchmarkSources.HandWrittenDuration.Enabled)
        {
            return AddCore(a, b);
        }

        var start = Stopwatch.GetTimestamp();
        try
        {
            var result = AddCore(a, b);
            BenchmarkSources.HandWrittenDuration.Record(
                Stopwatch.GetElapsedTime(start).TotalSeconds,
                new KeyValuePair<string, object?>("code.function.name", FunctionName));
            return result;
        }
        catch (Exception exception)
        {
            BenchmarkSources.HandWrittenDuration.Record(
                Stopwatch.GetElapsedTime(start).TotalSeconds,
                new KeyValuePair<string, object?>("code.function.name", FunctionName),
                new KeyValuePair<string, object?>("error.type", exception.GetType().FullName));
            throw;
        }
    }

    private int AddCore(int a, int b) => a + b;
}
