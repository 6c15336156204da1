using System.Text.Json.Serialization;
using AutoInstrument.Generated;
using Shop.Orders;
using Shop.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.AddShopTelemetry("shop-orders");
builder.Services.AddSingleton<OrderRepository>();
builder.Services.AddHttpClient<PaymentClient>(http => http.BaseAddress = new Uri(builder.Configuration["Payments:Url"] ?? "http://127.0.0.1:5081"));
builder.Services.AddScoped<OrderService>();

var app = builder.Build();
app.MapShopTelemetry();

app.MapPost("/orders", async (OrderRequest order, OrderService orders, CancellationToken cancellationToken) =>
{
    try
    {
        return Results.Ok(new { authorization = await orders.PlaceAsync(order.Customer, order.Amount, order.Card, order.Channel, cancellationToken) });
    }
    catch (PaymentFailedException exception)
    {
        return Results.Problem(exception.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
});

// The objectives' error budgets at run time, fed with the counts an operator read from Prometheus.
app.MapGet("/slo/{name}/budget", (string name, long bad, long total) =>
    ServiceLevelObjectives.Find(name) is { } budget
        ? Results.Ok(new
        {
            objective = budget.Objective,
            windowDays = budget.Window.TotalDays,
            allowedBad = budget.AllowedBadRequests(total),
            remainingBad = budget.RemainingBadRequests(bad, total),
            remainingFraction = budget.RemainingBadRequests(bad, total) / budget.AllowedBadRequests(total),
            burnRate = budget.BurnRate(bad, total),
        })
        : Results.NotFound());

app.Run();
