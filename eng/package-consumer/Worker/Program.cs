using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Worker;

// .ci/e2e-consumers reads what the console exporter prints: two Inventory.Reserve spans (one failed) and a
// method.duration histogram that counted both calls. Disposing the providers exports the metrics.
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
}
