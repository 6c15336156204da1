using AutoInstrument;

namespace WebShop;

public sealed class PriceList
{
    private static readonly Dictionary<string, decimal> Prices = new() { ["book"] = 12.5m, ["pen"] = 1.2m };

    [Traced]
    [Measured("shop.quote.duration")]
    public async Task<decimal> QuoteAsync([Tag("sku")] string sku, int quantity)
    {
        await Task.Yield();
        return Prices.TryGetValue(sku, out var price) ? price * quantity : throw new KeyNotFoundException($"No price for {sku}.");
    }
}
