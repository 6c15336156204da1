using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using QuickStart;

using var tracing = Sdk.CreateTracerProviderBuilder()
    .ConfigureResource(resource => resource.AddService("QuickStart"))
    .AddAutoInstrumentation()
    .AddConsoleExporter()
    .Build();

var service = new OrderService(new InMemoryOrderRepository(), new PaymentClient());

foreach (var orderId in new[] { 1, 2 })
{
    try
    {
        var outcome = await service.CheckoutAsync(orderId);
        Console.WriteLine($"Order {orderId}: {outcome}");
    }
    catch (InvalidOperationException exception)
    {
        Console.WriteLine($"Order {orderId} failed: {exception.Message}");
    }
}
