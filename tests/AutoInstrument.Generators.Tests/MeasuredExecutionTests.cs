using System.Diagnostics.Metrics;
using System.Reflection;

namespace AutoInstrument.Generators.Tests;

/// <summary>Runs [Measured] wrappers against a MeterListener: one measurement per call, in seconds, with RED tags.</summary>
public sealed class MeasuredExecutionTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using AutoInstrument;

        namespace Shop;

        public enum Region { Europe, Asia }

        public class Checkout
        {
            [Measured]
            public int Price(int amount) => amount * 2;

            [Measured]
            public void Reject() => throw new ArgumentException("rejected");

            [Measured]
            public async Task<int> SlowAsync(int milliseconds) { await Task.Delay(milliseconds); return milliseconds; }

            [Measured]
            public async Task FailAsync() { await Task.Yield(); throw new TimeoutException("late"); }

            [Measured]
            public int Route([MetricTag] Region region, [MetricTag("cached")] bool hit, [MetricTag(Bounded = true)] string tenant) => 1;

            [Measured]
            public int Dimensions(
                [MetricTag] Region region,
                [MetricTag] bool hit,
                [MetricTag(Bounded = true)] string tenant,
                [MetricTag(Bounded = true)] int shard,
                [MetricTag] byte tier,
                [MetricTag(Bounded = true)] long account,
                [MetricTag] char grade) => 1;

            [Measured("checkout.duration", Description = "Time to check out.", Buckets = new[] { 0.01, 0.1, 1.0 })]
            public int Pay() => 3;

            [Traced, Measured]
            public int Both(int x) => x;
        }

        public static class Calls
        {
            private static readonly Checkout Checkout = new();

            public static int Price(int amount) => Checkout.Price(amount);
            public static void Reject() => Checkout.Reject();
            public static Task<int> SlowAsync(int milliseconds) => Checkout.SlowAsync(milliseconds);
            public static Task FailAsync() => Checkout.FailAsync();
            public static int Route() => Checkout.Route(Region.Asia, true, "acme");
            public static int Pay() => Checkout.Pay();
            public static int Both(int x) => Checkout.Both(x);

            public static int Dimensions() => Checkout.Dimensions(Region.Asia, true, "acme", 7, 2, 42L, 'b');

            public static long AllocatedByDimensions(int calls)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < calls; i++)
                {
                    Checkout.Dimensions((Region)(i % 2), i % 3 == 0, "acme", i % 4, (byte)(i % 5), i % 6, (char)('a' + i % 3));
                }

                return GC.GetAllocatedBytesForCurrentThread() - before;
            }

            public static long AllocatedByPrice(int calls)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < calls; i++)
                {
                    Checkout.Price(i);
                }

                return GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        """;

    [Fact]
    public void Each_call_records_its_duration_in_seconds_under_the_method_name()
    {
        var (calls, recorder) = Run(nameof(Each_call_records_its_duration_in_seconds_under_the_method_name));
        using var _ = recorder;

        calls.Invoke("Shop.Calls", "Price", 21);

        var measurement = Assert.Single(recorder.Measurements);
        Assert.Equal("method.duration", measurement.Instrument);
        Assert.Equal("Shop.Checkout.Price", measurement.Tags["code.function.name"]);
        Assert.False(measurement.Tags.ContainsKey("error.type"));
        Assert.InRange(measurement.Value, 0, 1);
        Assert.Equal("s", recorder.Instrument("method.duration").Unit);
    }

    [Fact]
    public void A_failure_records_error_type_and_rethrows()
    {
        var (calls, recorder) = Run(nameof(A_failure_records_error_type_and_rethrows));
        using var _ = recorder;

        Assert.Throws<ArgumentException>(() => calls.Invoke("Shop.Calls", "Reject"));

        Assert.Equal("System.ArgumentException", Assert.Single(recorder.Measurements).Tags["error.type"]);
    }

    [Fact]
    public async Task An_async_duration_covers_the_awaited_work()
    {
        var (calls, recorder) = Run(nameof(An_async_duration_covers_the_awaited_work));
        using var _ = recorder;

        await (Task<int>)calls.Invoke("Shop.Calls", "SlowAsync", 60)!;

        Assert.InRange(Assert.Single(recorder.Measurements).Value, 0.055, 5);
    }

    [Fact]
    public async Task An_async_failure_records_error_type()
    {
        var (calls, recorder) = Run(nameof(An_async_failure_records_error_type));
        using var _ = recorder;

        await Assert.ThrowsAsync<TimeoutException>(() => (Task)calls.Invoke("Shop.Calls", "FailAsync")!);

        Assert.Equal("System.TimeoutException", Assert.Single(recorder.Measurements).Tags["error.type"]);
    }

    [Fact]
    public void Metric_tags_add_dimensions_with_enum_names_and_boolean_literals()
    {
        var (calls, recorder) = Run(nameof(Metric_tags_add_dimensions_with_enum_names_and_boolean_literals));
        using var _ = recorder;

        calls.Invoke("Shop.Calls", "Route");

        var tags = Assert.Single(recorder.Measurements).Tags;
        Assert.Equal("Asia", tags["region"]);
        Assert.Equal("true", tags["cached"]);
        Assert.Equal("acme", tags["tenant"]);
    }

    [Fact]
    public void Every_dimension_type_is_recorded_with_its_value()
    {
        var (calls, recorder) = Run(nameof(Every_dimension_type_is_recorded_with_its_value));
        using var _ = recorder;

        calls.Invoke("Shop.Calls", "Dimensions");

        var tags = Assert.Single(recorder.Measurements).Tags;
        Assert.Equal("Asia", tags["region"]);
        Assert.Equal("true", tags["hit"]);
        Assert.Equal("acme", tags["tenant"]);
        Assert.Equal(7, tags["shard"]);
        Assert.Equal((byte)2, tags["tier"]);
        Assert.Equal(42L, tags["account"]);
        Assert.Equal('b', tags["grade"]);
    }

    [Fact]
    public void Recording_dimensions_of_every_type_allocates_nothing_once_their_values_were_seen()
    {
        var name = nameof(Recording_dimensions_of_every_type_allocates_nothing_once_their_values_were_seen);
        var assembly = Compile(name);
        using var recorder = new MeasurementRecorder(name, keep: false);
        assembly.Invoke("Shop.Calls", "AllocatedByDimensions", 100);

        var allocated = (long)assembly.Invoke("Shop.Calls", "AllocatedByDimensions", 10_000)!;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_named_instrument_carries_its_description_and_bucket_advice()
    {
        var (calls, recorder) = Run(nameof(A_named_instrument_carries_its_description_and_bucket_advice));
        using var _ = recorder;

        calls.Invoke("Shop.Calls", "Pay");

        var histogram = Assert.IsType<Histogram<double>>(recorder.Instrument("checkout.duration"));
        Assert.Equal("Time to check out.", histogram.Description);
        Assert.Equal([0.01, 0.1, 1.0], histogram.Advice!.HistogramBucketBoundaries!);
        Assert.Equal("checkout.duration", Assert.Single(recorder.Measurements).Instrument);
    }

    [Fact]
    public void The_default_instrument_advises_the_design_buckets()
    {
        var (calls, recorder) = Run(nameof(The_default_instrument_advises_the_design_buckets));
        using var _ = recorder;

        calls.Invoke("Shop.Calls", "Price", 1);

        var histogram = Assert.IsType<Histogram<double>>(recorder.Instrument("method.duration"));
        Assert.Equal([0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10], histogram.Advice!.HistogramBucketBoundaries!);
    }

    [Fact]
    public void Traced_and_measured_share_one_wrapper_that_records_both()
    {
        var name = nameof(Traced_and_measured_share_one_wrapper_that_records_both);
        var (calls, recorder) = Run(name);
        using var _ = recorder;
        using var spans = new SpanRecorder(name);

        Assert.Equal(5, calls.Invoke("Shop.Calls", "Both", 5));

        Assert.Single(recorder.Measurements);
        Assert.Equal("Checkout.Both", Assert.Single(spans.Spans).DisplayName);
    }

    [Fact]
    public void Recording_with_a_listener_allocates_nothing()
    {
        var name = nameof(Recording_with_a_listener_allocates_nothing);
        var assembly = Compile(name);
        using var recorder = new MeasurementRecorder(name, keep: false);
        assembly.Invoke("Shop.Calls", "AllocatedByPrice", 100);

        var allocated = (long)assembly.Invoke("Shop.Calls", "AllocatedByPrice", 10_000)!;

        Assert.Equal(0, allocated);
    }

    private static (Assembly Calls, MeasurementRecorder Recorder) Run(string assemblyName)
    {
        var assembly = Compile(assemblyName);
        return (assembly, new MeasurementRecorder(assemblyName));
    }

    private static Assembly Compile(string assemblyName)
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([Source], assemblyName: assemblyName));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        return LoadedAssembly.Load(run.OutputCompilation);
    }
}
