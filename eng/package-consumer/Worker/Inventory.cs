using AutoInstrument;

namespace Worker;

public sealed class Inventory
{
    private readonly Dictionary<string, int> _stock = new() { ["book"] = 3 };

    [Traced]
    [Measured]
    public int Reserve([Tag("sku")] string sku, int quantity)
    {
        if (!_stock.TryGetValue(sku, out var left) || left < quantity)
        {
            throw new InvalidOperationException($"Only {left} of {sku} left.");
        }

        _stock[sku] = left - quantity;
        return left - quantity;
    }
}
