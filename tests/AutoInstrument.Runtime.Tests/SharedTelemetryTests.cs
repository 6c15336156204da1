using System.Diagnostics;
using System.Diagnostics.Metrics;
using Xunit;

namespace AutoInstrument.Runtime.Tests;

/// <summary>One source, meter and histogram per name for the process, however many assemblies' generated code asks.</summary>
public sealed class SharedTelemetryTests
{
    [Fact]
    public void A_source_is_created_once_with_the_version_of_the_first_request()
    {
        var first = SharedTelemetry.GetActivitySource("shared.source", "2.1");
        var second = SharedTelemetry.GetActivitySource("shared.source", "1.0");

        Assert.Same(first, second);
        Assert.Equal(("shared.source", "2.1"), (first.Name, first.Version));
        Assert.NotSame(first, SharedTelemetry.GetActivitySource("shared.source.other", "2.1"));
    }

    [Fact]
    public void A_meter_is_created_once_per_name()
    {
        var meter = SharedTelemetry.GetMeter("shared.meter", "2.1");

        Assert.Same(meter, SharedTelemetry.GetMeter("shared.meter", "2.1"));
        Assert.Equal("2.1", meter.Version);
    }

    [Fact]
    public void A_histogram_is_created_once_per_meter_and_name_by_the_first_caller()
    {
        var meter = SharedTelemetry.GetMeter("shared.histograms", null);
        var created = 0;
        Histogram<double> Create(Meter m)
        {
            created++;
            return m.CreateHistogram<double>("work.duration", "s", "first");
        }

        var first = SharedTelemetry.GetHistogram(meter, "work.duration", Create);
        var second = SharedTelemetry.GetHistogram(meter, "work.duration", m => m.CreateHistogram<double>("work.duration", "s", "second"));

        Assert.Same(first, second);
        Assert.Equal((1, "first"), (created, first.Description));
        Assert.NotSame(first, SharedTelemetry.GetHistogram(SharedTelemetry.GetMeter("shared.histograms.other", null), "work.duration", Create));
    }

    [Fact]
    public void Concurrent_first_requests_get_one_object()
    {
        var meter = SharedTelemetry.GetMeter("shared.concurrent", null);
        var created = 0;
        var histograms = new Histogram<double>[8];
        var sources = new ActivitySource[8];
        using var start = new Barrier(histograms.Length);

        var threads = Enumerable.Range(0, histograms.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            sources[i] = SharedTelemetry.GetActivitySource("shared.concurrent", null);
            histograms[i] = SharedTelemetry.GetHistogram(meter, "work.duration", m =>
            {
                Interlocked.Increment(ref created);
                Thread.Sleep(20);
                return m.CreateHistogram<double>("work.duration");
            });
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(1, created);
        Assert.All(histograms, h => Assert.Same(histograms[0], h));
        Assert.All(sources, s => Assert.Same(sources[0], s));
    }

    [Fact]
    public void The_buckets_of_one_histogram_registered_by_several_assemblies_are_kept_once()
    {
        InstrumentationRegistry.RegisterBuckets("shared.views", "work.duration", [0.1, 1]);
        InstrumentationRegistry.RegisterBuckets("shared.views", "work.duration", [0.1, 1]);

        Assert.Single(InstrumentationRegistry.HistogramBuckets, b => b.MeterName == "shared.views" && b.InstrumentName == "work.duration");
    }
}
