using AutoInstrument.Runtime;

// In OpenTelemetry's namespace, like every instrumentation library, so AddAutoInstrumentation shows where AddSource does.
namespace OpenTelemetry.Trace;

/// <summary>Subscribes a tracer provider to the sources AutoInstrument generated.</summary>
public static class AutoInstrumentTracerProviderBuilderExtensions
{
    /// <summary>
    /// Adds every <c>ActivitySource</c> declared by AutoInstrument-generated code in the application and in the
    /// referenced assemblies built with AutoInstrument. The names are recorded at compile time: no wildcard, no scan.
    /// </summary>
    public static TracerProviderBuilder AddAutoInstrumentation(this TracerProviderBuilder builder)
    {
        foreach (var name in InstrumentationRegistry.SourceNames)
        {
            builder.AddSource(name);
        }

        return builder;
    }
}
