namespace AutoInstrument.OpenTelemetry.TestLibrary;

/// <summary>A library entry point that calls its own instrumented step, so the span and measurement come from this assembly.</summary>
public sealed class Inventory
{
    public int Reserve(int quantity) => ReserveStock(quantity);

    [Traced]
    [Measured]
    internal int ReserveStock(int quantity) => quantity;
}
