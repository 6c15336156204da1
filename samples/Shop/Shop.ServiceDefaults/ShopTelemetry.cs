using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Shop.ServiceDefaults;

/// <summary>
/// The three pillars as both services send them: traces and logs over OTLP (to the Aspire Dashboard, wherever
/// OTEL_EXPORTER_OTLP_ENDPOINT points), metrics over OTLP and on <c>/metrics</c> for Prometheus, in OpenMetrics with
/// exemplars, so a slow bucket leads to the trace of a request that fell in it.
/// </summary>
public static class ShopTelemetry
{
    public static WebApplicationBuilder AddShopTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        // Every console line carries the trace and span of the request that wrote it, as the OTLP records do.
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.IncludeScopes = true;
            options.SingleLine = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAutoInstrumentation()
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAutoInstrumentation()
                .SetExemplarFilter(ExemplarFilterType.TraceBased)
                .AddPrometheusExporter()
                .AddOtlpExporter())
            .WithLogging(logging => logging.AddOtlpExporter(), options =>
            {
                options.IncludeFormattedMessage = true;
                options.IncludeScopes = true;
            });
        return builder;
    }

    /// <summary>Serves the metrics Prometheus scrapes at <c>/metrics</c>.</summary>
    public static WebApplication MapShopTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint();
        return app;
    }
}
