using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace AutoInstrument.Behavior.Tests.Infrastructure;

/// <summary>
/// A meter provider that keeps exemplars as a Prometheus deployment does (<c>ExemplarFilterType.TraceBased</c>: only
/// measurements recorded under a sampled span), exporting to memory.
/// </summary>
internal sealed class ExemplarCapture : IDisposable
{
    private readonly List<Metric> _exported = new();
    private readonly MeterProvider _provider;

    public ExemplarCapture()
    {
        _provider = Sdk.CreateMeterProviderBuilder()
            .AddAutoInstrumentation()
            .SetExemplarFilter(ExemplarFilterType.TraceBased)
            .AddInMemoryExporter(_exported)
            .Build();
    }

    /// <summary>The trace and span of every exemplar the default instrument kept for <paramref name="function"/>.</summary>
    public IReadOnlyList<(ActivityTraceId TraceId, ActivitySpanId SpanId)> Exemplars(string function)
    {
        _exported.Clear();
        _provider.ForceFlush();
        var found = new List<(ActivityTraceId, ActivitySpanId)>();
        foreach (var metric in _exported.Where(metric => metric.MeterName == MeasurementCapture.ShopMeter && metric.Name == "method.duration"))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (!IsOf(point, function) || !point.TryGetExemplars(out var exemplars))
                {
                    continue;
                }

                foreach (ref readonly var exemplar in exemplars)
                {
                    found.Add((exemplar.TraceId, exemplar.SpanId));
                }
            }
        }

        return found;
    }

    private static bool IsOf(in MetricPoint point, string function)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == "code.function.name")
            {
                return Equals(tag.Value, function);
            }
        }

        return false;
    }

    public void Dispose() => _provider.Dispose();
}
