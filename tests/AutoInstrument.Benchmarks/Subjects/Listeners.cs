using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using GeneratedTelemetry = AutoInstrument.Generated.AutoInstrumentBenchmarksTelemetry;

namespace AutoInstrument.Benchmarks.Subjects;

/// <summary>
/// The OpenTelemetry SDK as an application sets it up, minus the exporting: spans are sampled and recorded but go
/// nowhere, and measurements are aggregated but never collected, so the SDK's cost is in and no exporter's is.
/// </summary>
public static class Listeners
{
    public static TracerProvider StartTracing() => Sdk.CreateTracerProviderBuilder()
        .AddAutoInstrumentation()
        .AddSource(BenchmarkSources.HandWrittenName, BenchmarkSources.ProxiesName)
        .SetSampler(new AlwaysOnSampler())
        .Build();

    public static MeterProvider StartMetrics() => Sdk.CreateMeterProviderBuilder()
        .AddAutoInstrumentation()
        .AddMeter(BenchmarkSources.HandWrittenName)
        .AddReader(new BaseExportingMetricReader(new DiscardingExporter()))
        .Build();

    /// <summary>Throws when the generated source is not listened to: an "enabled" run would measure the disabled path.</summary>
    public static void EnsureTracing(bool expected) =>
        Ensure(GeneratedTelemetry.ActivitySource.HasListeners() == expected, "The generated activity source");

    /// <summary>Throws when the generated histogram is not listened to as expected.</summary>
    public static void EnsureMetrics(bool expected) =>
        Ensure(GeneratedTelemetry.MethodDuration.Enabled == expected, "The generated histogram");

    private static void Ensure(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{what} is not in the state this benchmark measures.");
        }
    }

    private sealed class DiscardingExporter : BaseExporter<OpenTelemetry.Metrics.Metric>
    {
        public override ExportResult Export(in Batch<OpenTelemetry.Metrics.Metric> batch) => ExportResult.Success;
    }
}
