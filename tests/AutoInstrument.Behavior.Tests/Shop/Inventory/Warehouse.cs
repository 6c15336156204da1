using System.Runtime.CompilerServices;
using AutoInstrument;

namespace Shop.Inventory;

public sealed record StockLevel(string Sku, int Quantity);

public sealed record Delivery(string Sku, int Quantity);

public sealed class Warehouse(IReadOnlyDictionary<string, int> initialStock)
{
    private readonly Dictionary<string, int> _stock = new(initialStock);

    [Traced]
    public bool TryReserve([Tag("sku")] string sku, [Tag("quantity")] int quantity, [Tag("stock.remaining")] out int remaining)
    {
        var available = _stock.GetValueOrDefault(sku);
        if (available < quantity)
        {
            remaining = available;
            return false;
        }

        remaining = _stock[sku] = available - quantity;
        return true;
    }

    /// <summary>Takes what the shelf holds, up to <paramref name="outstanding"/>, which is left with what is still missing.</summary>
    [Traced]
    public int Pick([Tag("sku")] string sku, [Tag("quantity")] ref int outstanding)
    {
        var picked = Math.Min(outstanding, _stock.GetValueOrDefault(sku));
        _stock[sku] = _stock.GetValueOrDefault(sku) - picked;
        outstanding -= picked;
        return picked;
    }

    [Traced]
    public IEnumerable<StockLevel> ListStock()
    {
        foreach (var (sku, quantity) in _stock.OrderBy(entry => entry.Key))
        {
            yield return new StockLevel(sku, quantity);
        }
    }

    [Traced]
    public async IAsyncEnumerable<StockLevel> ReceiveAsync(
        IReadOnlyList<Delivery> deliveries,
        TimeSpan unloadingTime,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var delivery in deliveries)
        {
            await Latency.SimulateAsync(unloadingTime, cancellationToken);
            yield return Restock(delivery.Sku, delivery.Quantity);
        }
    }

    [Traced]
    public StockLevel Restock([Tag("sku")] string sku, [Tag("quantity")] int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        _stock[sku] = _stock.GetValueOrDefault(sku) + quantity;
        return new StockLevel(sku, _stock[sku]);
    }
}
