using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.TracingApi;
using AutoInstrument.Generators.Analyzers.TracingApi;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class DurationUnitMismatchFixerTests
{
    private const string Instruments = """
        private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("orders.duration", unit: "s");
            private static readonly Histogram<double> Latency = Meter.CreateHistogram<double>("orders.latency", unit: "ms");

        """;

    private static Task FixAsync(string members, string fixedMembers) =>
        CorrelationTest.FixAsync<DurationUnitMismatchAnalyzer, DurationUnitMismatchFixer>(InClass(Instruments + members), InClass(Instruments + fixedMembers));

    [Fact]
    public Task Reads_a_stopwatch_in_seconds() => FixAsync("""
            public void Place(Stopwatch stopwatch) => Duration.Record({|AI2005:stopwatch.ElapsedMilliseconds|});
        """, """
            public void Place(Stopwatch stopwatch) => Duration.Record(stopwatch.Elapsed.TotalSeconds);
        """);

    [Fact]
    public Task Fixes_every_duration_in_the_document_in_either_direction() => FixAsync("""
            public void Place(long start, TimeSpan elapsed)
            {
                Duration.Record({|AI2005:Stopwatch.GetElapsedTime(start).TotalMilliseconds|});
                Latency.Record({|AI2005:elapsed.TotalSeconds|});
            }
        """, """
            public void Place(long start, TimeSpan elapsed)
            {
                Duration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds);
                Latency.Record(elapsed.TotalMilliseconds);
            }
        """);

    [Fact]
    public Task Offers_no_fix_for_an_instrument_of_integers() =>
        CorrelationTest.NoFixAsync<DurationUnitMismatchAnalyzer, DurationUnitMismatchFixer>(InClass("""
            private static readonly Counter<long> Busy = Meter.CreateCounter<long>("orders.busy_time", unit: "s");

            public void Place(Stopwatch stopwatch) => Busy.Add({|AI2005:stopwatch.ElapsedMilliseconds|});
            """));
}
