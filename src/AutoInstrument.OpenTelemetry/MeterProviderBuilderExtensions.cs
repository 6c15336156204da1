using System.Linq;
using AutoInstrument.Runtime;

// In OpenTelemetry's namespace, like every instrumentation library, so AddAutoInstrumentation shows where AddMeter does.
namespace OpenTelemetry.Metrics;

/// <summary>Subscribes a meter provider to the meters AutoInstrument generated.</summary>
public static class AutoInstrumentMeterProviderBuilderExtensions
{
    /// <summary>
    /// Adds every <c>Meter</c> declared by AutoInstrument-generated code in the application and in the
    /// referenced assemblies built with AutoInstrument. The names are recorded at compile time: no wildcard, no scan.
    /// Where the runtime cannot carry bucket advice, the generated buckets are applied as views.
    /// </summary>
    public static MeterProviderBuilder AddAutoInstrumentation(this MeterProviderBuilder builder)
    {
        foreach (var name in InstrumentationRegistry.SourceNames)
        {
            builder.AddMeter(name);
        }

        foreach (var buckets in InstrumentationRegistry.HistogramBuckets)
        {
            builder.AddView(instrument =>
                instrument.Meter.Name == buckets.MeterName && instrument.Name == buckets.InstrumentName
                    ? new ExplicitBucketHistogramConfiguration { Boundaries = buckets.Boundaries.ToArray() }
                    : null);
        }

        return builder;
    }
}
