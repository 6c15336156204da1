using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RedMetrics;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<CheckoutService>();
builder.Services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddAutoInstrumentation())
    .WithMetrics(metrics => metrics.AddAutoInstrumentation().AddPrometheusExporter());

var app = builder.Build();
app.MapPrometheusScrapingEndpoint();
app.MapPost("/checkout/{cartId:int}", async (int cartId, CheckoutService checkout) =>
{
    try
    {
        return Results.Ok(await checkout.CheckoutAsync(cartId));
    }
    catch (PaymentDeclinedException exception)
    {
        return Results.Problem(exception.Message, statusCode: StatusCodes.Status402PaymentRequired);
    }
});

app.Run();
