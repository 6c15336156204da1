using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Worker;

// .ci/e2e-consumers reads what the console exporter prints: two Inventory.Reserve spans (one failed), the readme
// example's PaymentClient.ChargeAsync span, and the method.duration histogram of the three calls. Disposing the
// providers exports the metrics.
using (Sdk.CreateTracerProviderBuilder().AddAutoInstrumentation().AddConsoleExporter().Build())
using (Sdk.CreateMeterProviderBuilder().AddAutoInstrumentation().AddConsoleExporter().Build())
{
    var inventory = new Inventory();
    Console.WriteLine($"left: {inventory.Reserve("book", 2)}");
    try
    {
        inventory.Reserve("book", 5);
    }
    catch (InvalidOperationException e)
    {
        Console.WriteLine($"refused: {e.Message}");
    }

    Console.WriteLine($"payment: {await new PaymentClient().ChargeAsync("ada", 10m)}");
}
