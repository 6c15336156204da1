using System.Text.Json.Serialization;
using Shop.Payments;
using Shop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.AddShopTelemetry("shop-payments");

var settings = builder.Configuration;
builder.Services.AddSingleton(new ConnectionPool(
    settings.GetValue("Payments:PoolSize", 2),
    TimeSpan.FromMilliseconds(settings.GetValue("Payments:PoolTimeoutMs", 750))));
var fault = new DatabaseFault(TimeSpan.FromMilliseconds(5));
if (settings.GetValue<int?>("PAYMENTS_DB_QUERY_MS") is { } slowQueryMs)
{
    fault.SlowDown(TimeSpan.FromMilliseconds(slowQueryMs));
}

builder.Services.AddSingleton(fault);
builder.Services.AddSingleton<PaymentDatabase>();
builder.Services.AddSingleton<PaymentService>();

var app = builder.Build();
app.MapShopTelemetry();

app.MapPost("/payments", async (PaymentRequest request, PaymentService payments, ILogger<PaymentService> logger, CancellationToken cancellationToken) =>
{
    try
    {
        return Results.Ok(await payments.AuthorizeAsync(request.OrderId, request.Customer, request.Amount, request.Card, cancellationToken));
    }
    catch (ConnectionPoolExhaustedException exception)
    {
        logger.LogError(exception, "Payment of order {OrderId} for {Customer} failed: {Reason}", request.OrderId, request.Customer, exception.Message);
        return Results.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
});

// The fault switch, for the incident drill: slow every query down, or heal the database.
app.MapPost("/admin/fault", (int queryMs, DatabaseFault databaseFault, ILogger<DatabaseFault> logger) =>
{
    databaseFault.SlowDown(TimeSpan.FromMilliseconds(queryMs));
    logger.LogWarning("Fault switch on: every database query now takes {QueryMs} ms", queryMs);
    return Results.NoContent();
});
app.MapDelete("/admin/fault", (DatabaseFault databaseFault, ILogger<DatabaseFault> logger) =>
{
    databaseFault.Heal();
    logger.LogWarning("Fault switch off: the database is healthy again");
    return Results.NoContent();
});

app.Run();
