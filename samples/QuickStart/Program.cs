using AutoInstrument.Generated;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using QuickStart;

// Metrics: the [Measured] histogram, read back from memory to show what a Prometheus query would compute.
var exported = new List<Metric>();
using var metrics = Sdk.CreateMeterProviderBuilder()
    .AddAutoInstrumentation()
    .AddInMemoryExporter(exported)
    .Build();

// Logs: structured JSON, each line carrying the trace and span of the code that wrote it.
using var logging = LoggerFactory.Create(builder => builder
    .Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId)
    .AddJsonConsole(options => options.IncludeScopes = true));

var repository = new InMemoryOrderRepository();
var payments = new PaymentClient();

// Traces: the two demo checkouts print their spans; the rush after them feeds only the histogram.
using (Sdk.CreateTracerProviderBuilder()
    .ConfigureResource(resource => resource.AddService("QuickStart"))
    .AddAutoInstrumentation()
    .AddConsoleExporter()
    .Build())
{
    var service = new OrderService(repository, payments, logging.CreateLogger<OrderService>());
    foreach (var orderId in new[] { 1, 2 })
    {
        await CheckoutAsync(service, orderId);
    }
}

Console.WriteLine();
Console.WriteLine("Rush hour: 48 more checkouts, measured by the same histogram...");
var rush = new OrderService(repository, payments, Microsoft.Extensions.Logging.Abstractions.NullLogger<OrderService>.Instance);
await Task.WhenAll(Enumerable.Range(0, 48).Select(i => CheckoutAsync(rush, i % 16 == 0 ? 2 : 1 + i % 2 * 2, quiet: true)));

metrics.ForceFlush();
var checkout = CheckoutHistogram.From(exported, "checkout.duration");
Console.WriteLine($"metrics: checkout.duration count={checkout.Count} failed={checkout.Failed} " +
    $"p50={checkout.Quantile(0.50):0.000}s p95={checkout.Quantile(0.95):0.000}s p99={checkout.Quantile(0.99):0.000}s (from the buckets)");

var budget = ServiceLevelObjectives.CheckoutAvailability;
var burnRate = budget.BurnRate(checkout.Failed, checkout.Count);
Console.WriteLine($"slo: checkout-availability {budget.Objective:P0} over {budget.Window.TotalDays} days: {checkout.Failed} of {checkout.Count} calls failed " +
    $"where {budget.AllowedBadRequests(checkout.Count):0.0} were allowed, burn rate {burnRate:0.0}x: at this rate the whole budget is gone in " +
    $"{budget.TimeToExhaustion(burnRate).TotalDays:0.0} days");

static async Task CheckoutAsync(OrderService service, int orderId, bool quiet = false)
{
    try
    {
        var outcome = await service.CheckoutAsync(orderId);
        if (!quiet)
        {
            Console.WriteLine($"Order {orderId}: {outcome}");
        }
    }
    catch (InvalidOperationException exception)
    {
        if (!quiet)
        {
            Console.WriteLine($"Order {orderId} failed: {exception.Message}");
        }
    }
}
