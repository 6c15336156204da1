using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WebShop;

// .ci/e2e-consumers starts this app on 127.0.0.1 with a free port, calls /quote a few times, then reads /telemetry: what
// the SDK exported of the service's telemetry through AddAutoInstrumentation() (the in-memory exporters stand in for
// OTLP). The request spans come from the ASP.NET Core instrumentation: the service's spans are their children, and the
// SDK's parent-based sampler records a child only when its parent is recorded.
var spans = new List<Activity>();
var metrics = new List<Metric>();

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<PriceList>();
builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddAutoInstrumentation().AddInMemoryExporter(spans))
    .WithMetrics(meters => meters.AddAutoInstrumentation().AddInMemoryExporter(metrics));

var app = builder.Build();
app.MapGet("/quote/{sku}", async (string sku, int quantity, PriceList prices) =>
{
    try
    {
        return Results.Ok(await prices.QuoteAsync(sku, quantity));
    }
    catch (KeyNotFoundException e)
    {
        return Results.NotFound(e.Message);
    }
});
app.MapGet("/telemetry", (MeterProvider meterProvider) =>
{
    // Read after the script's requests have completed, so nothing is added to the lists meanwhile.
    meterProvider.ForceFlush();
    var lines = spans.Where(s => s.Source.Name == "WebShop")
        .Select(s => $"span {s.DisplayName} sku={s.GetTagItem("sku")} status={s.Status} in-request={s.Parent?.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn"}")
        .Concat(Histograms(metrics).Select(h => $"metric {h.Name} meter={h.Meter} count={h.Count} failed={h.Failed}"));
    return string.Join('\n', lines) + "\n";
});
app.Run();

// The last export of each histogram holds its cumulative points: how many calls, and how many with error.type.
static IEnumerable<(string Name, string Meter, long Count, long Failed)> Histograms(List<Metric> exported)
{
    foreach (var metric in exported.GroupBy(m => m.Name).Select(g => g.Last()))
    {
        long count = 0, failed = 0;
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            count += point.GetHistogramCount();
            foreach (var tag in point.Tags)
            {
                if (tag.Key == "error.type")
                {
                    failed += point.GetHistogramCount();
                }
            }
        }

        yield return (metric.Name, metric.MeterName, count, failed);
    }
}
