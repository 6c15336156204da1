using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace AutoInstrument.Behavior.Tests.Infrastructure;

/// <summary>A meter provider wired as an application wires it (<c>AddAutoInstrumentation()</c>), exporting to memory.</summary>
internal sealed class MeasurementCapture : IDisposable
{
    public const string ShopMeter = "Shop";

    private readonly List<MetricSnapshot> _exported = new();
    private readonly MeterProvider _provider;

    public MeasurementCapture()
    {
        _provider = Sdk.CreateMeterProviderBuilder()
            .AddAutoInstrumentation()
            .AddInMemoryExporter(_exported)
            .Build();
    }

    /// <summary>Collects what the shop's meter recorded so far and returns the points of <paramref name="instrument"/>.</summary>
    public IReadOnlyList<HistogramPoint> Histogram(string instrument)
    {
        _exported.Clear();
        _provider.ForceFlush();
        return _exported
            .Where(metric => metric.MeterName == ShopMeter && metric.Name == instrument)
            .SelectMany(metric => metric.MetricPoints.Select(point => ToHistogramPoint(metric, point)))
            .ToList();
    }

    private static HistogramPoint ToHistogramPoint(MetricSnapshot metric, MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag.Key, tag.Value);
        }

        var boundaries = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets())
        {
            if (double.IsFinite(bucket.ExplicitBound))
            {
                boundaries.Add(bucket.ExplicitBound);
            }
        }

        return new HistogramPoint(metric.Name, metric.Unit, metric.Description, tags, point.GetHistogramCount(), point.GetHistogramSum(), boundaries);
    }

    public void Dispose() => _provider.Dispose();
}
