using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class DurationUnitMismatchAnalyzerTests
{
    private static Task AnalyzeAsync(string members) => CorrelationTest.AnalyzeAsync<DurationUnitMismatchAnalyzer>(InClass(members));

    [Fact]
    public Task Flags_ElapsedMilliseconds_recorded_into_a_histogram_in_seconds() => AnalyzeAsync("""
        private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("orders.duration", unit: "s");

        public void Place(Stopwatch stopwatch) => Duration.Record({|AI2005:stopwatch.ElapsedMilliseconds|});
        """);

    [Fact]
    public Task Flags_TotalMilliseconds_with_the_unit_passed_second() => AnalyzeAsync("""
        private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("orders.duration", "s", "Time to place an order.");

        public void Place(TimeSpan elapsed) => Duration.Record({|AI2005:elapsed.TotalMilliseconds|}, new KeyValuePair<string, object?>("outcome", "ok"));
        """);

    [Fact]
    public Task Flags_GetElapsedTime_in_milliseconds() => AnalyzeAsync("""
        private Histogram<double> Duration { get; } = Meter.CreateHistogram<double>("orders.duration", unit: "s");

        public void Place(long start) => Duration.Record({|AI2005:Stopwatch.GetElapsedTime(start).TotalMilliseconds|});
        """);

    [Fact]
    public Task Flags_milliseconds_added_to_a_counter_held_in_a_local() => AnalyzeAsync("""
        public void Place(Stopwatch stopwatch)
        {
            var busy = Meter.CreateCounter<long>("orders.busy_time", unit: "s");
            busy.Add({|AI2005:stopwatch.ElapsedMilliseconds|});
        }
        """);

    [Fact]
    public Task Flags_seconds_recorded_into_a_histogram_in_milliseconds() => AnalyzeAsync("""
        private static readonly Histogram<double> Latency = Meter.CreateHistogram<double>("orders.latency", unit: "ms");

        public void Place(TimeSpan elapsed) => Latency.Record({|AI2005:elapsed.TotalSeconds|});
        """);

    [Fact]
    public Task Is_silent_when_the_units_agree() => AnalyzeAsync("""
        private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("orders.duration", unit: "s");
        private static readonly Histogram<long> Latency = Meter.CreateHistogram<long>("orders.latency", unit: "ms");

        public void Place(Stopwatch stopwatch)
        {
            Duration.Record(stopwatch.Elapsed.TotalSeconds);
            Latency.Record(stopwatch.ElapsedMilliseconds);
        }
        """);

    [Fact]
    public Task Is_silent_on_a_converted_value() => AnalyzeAsync("""
        private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("orders.duration", unit: "s");

        public void Place(Stopwatch stopwatch) => Duration.Record(stopwatch.ElapsedMilliseconds / 1000.0);
        """);

    [Fact]
    public Task Is_silent_when_the_unit_is_not_known() => AnalyzeAsync("""
        private static readonly Histogram<double> Untitled = Meter.CreateHistogram<double>("orders.duration");

        public void Place(Histogram<double> given, Stopwatch stopwatch)
        {
            given.Record(stopwatch.ElapsedMilliseconds);
            Untitled.Record(stopwatch.ElapsedMilliseconds);
        }
        """);

    [Fact]
    public async Task Message_names_the_instrument_its_unit_and_what_to_record()
    {
        var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync(new DurationUnitMismatchAnalyzer(), InClass("""
            private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("orders.duration", unit: "s");

            public void Place(Stopwatch stopwatch) => Duration.Record(stopwatch.ElapsedMilliseconds);
            """)));

        Assert.Equal(
            "'Stopwatch.ElapsedMilliseconds' is in milliseconds but 'Duration' is declared with unit 's'; record seconds (Elapsed.TotalSeconds)",
            diagnostic.GetMessage());
    }
}
