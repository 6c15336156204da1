using System.Diagnostics;
using System.Diagnostics.Metrics;
using AutoInstrument.OpenTelemetry.TestLibrary;
using AutoInstrument.Runtime;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit;

namespace AutoInstrument.OpenTelemetry.Tests;

/// <summary>
/// AddAutoInstrumentation() subscribes to the sources and meters of this assembly and of the referenced library built
/// with AutoInstrument — names recorded at compile time, no AddSource, no wildcard.
/// </summary>
public sealed class AddAutoInstrumentationTests
{
    private const string ApplicationSource = "AutoInstrument.OpenTelemetry.Tests";
    private const string LibrarySource = "autoinstrument.testlibrary";

    [Fact]
    public void The_registry_holds_the_application_and_the_referenced_library()
    {
        Assert.Contains(ApplicationSource, InstrumentationRegistry.SourceNames);
        Assert.Contains(LibrarySource, InstrumentationRegistry.SourceNames);
    }

    [Fact]
    public void Spans_of_both_assemblies_are_exported()
    {
        var spans = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(spans).Build())
        {
            new Shipping().Ship(3);
            new Inventory().Reserve(2);
        }

        Assert.Contains(spans, s => s.Source.Name == ApplicationSource && s.DisplayName == "Shipping.ShipParcel");
        Assert.Contains(spans, s => s.Source.Name == LibrarySource && s.DisplayName == "Inventory.ReserveStock");
    }

    [Fact]
    public void Histograms_of_both_meters_are_exported_with_the_generated_buckets()
    {
        var metrics = new List<Metric>();
        using (var provider = Sdk.CreateMeterProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(metrics).Build())
        {
            new Shipping().Ship(3);
            new Inventory().Reserve(2);
            provider.ForceFlush();
        }

        var meters = metrics.Where(m => m.Name == "method.duration").Select(m => m.MeterName).ToList();
        Assert.Contains(ApplicationSource, meters);
        Assert.Contains(LibrarySource, meters);
        Assert.Equal(
            [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
            BucketBoundaries(metrics.First(m => m.Name == "method.duration" && m.MeterName == LibrarySource)));
    }

    [Fact]
    public void Spans_of_library_methods_the_application_calls_come_from_the_library_source()
    {
        var spans = new List<Activity>();
        using (Sdk.CreateTracerProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(spans).Build())
        {
            new Ledger().Post(5);
        }

        var post = Assert.Single(spans, s => s.DisplayName == "Ledger.Post");
        Assert.Equal((LibrarySource, "2.1"), (post.Source.Name, post.Source.Version));
    }

    [Fact]
    public void A_library_histogram_recorded_by_the_application_and_the_library_is_one_stream_of_the_library_meter()
    {
        var metrics = new List<Metric>();
        using var provider = Sdk.CreateMeterProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(metrics).Build();
        var ledger = new Ledger();
        ledger.Post(1);
        ledger.PostTwice(2);
        ledger.Audit(3);
        provider.ForceFlush();

        // Post: once from here, twice from the library's own PostTwice.
        var posts = Assert.Single(metrics, m => m.Name == "ledger.post.duration");
        Assert.Equal((LibrarySource, "2.1", 3L), (posts.MeterName, posts.MeterVersion, Count(posts)));

        // A [Measured]-only method of the library is intercepted too, with the library's buckets.
        var audits = Assert.Single(metrics, m => m.Name == "ledger.audit.duration");
        Assert.Equal((LibrarySource, 1L), (audits.MeterName, Count(audits)));
        Assert.Equal([0.01, 0.1, 1], BucketBoundaries(audits));
    }

    [Fact]
    public void Registered_buckets_are_applied_as_views_where_advice_is_missing()
    {
        const string meterName = "AutoInstrument.OpenTelemetry.Tests.NoAdvice";
        using var meter = new Meter(meterName);
        var histogram = meter.CreateHistogram<double>("legacy.duration", "s");
        InstrumentationRegistry.Register(meterName);
        InstrumentationRegistry.RegisterBuckets(meterName, "legacy.duration", [0.01, 0.1, 1]);

        var metrics = new List<Metric>();
        using (var provider = Sdk.CreateMeterProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(metrics).Build())
        {
            histogram.Record(0.05);
            provider.ForceFlush();
        }

        Assert.Equal([0.01, 0.1, 1], BucketBoundaries(metrics.First(m => m.Name == "legacy.duration")));
    }

    private static long Count(Metric metric)
    {
        long count = 0;
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            count += point.GetHistogramCount();
        }

        return count;
    }

    private static double[] BucketBoundaries(Metric metric)
    {
        var bounds = new List<double>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var bucket in point.GetHistogramBuckets())
            {
                if (double.IsFinite(bucket.ExplicitBound))
                {
                    bounds.Add(bucket.ExplicitBound);
                }
            }

            break;
        }

        return bounds.ToArray();
    }
}

/// <summary>This assembly's own instrumented code.</summary>
public sealed class Shipping
{
    public int Ship(int parcels) => ShipParcel(parcels);

    [Traced]
    [Measured]
    internal int ShipParcel(int parcels) => parcels;
}
