using System.Collections.Concurrent;
using AutoInstrument;
using Shop.Orders;

namespace Shop.Pricing;

/// <summary>Traced as a class: each public method gets a span. Prices come from a slow catalogue and are cached.</summary>
[Traced]
public sealed class PriceList(IReadOnlyDictionary<string, decimal> catalogue, TimeSpan lookupTime)
{
    private readonly ConcurrentDictionary<string, decimal> _cache = new();

    /// <summary>A cached price completes at once, without allocating a task.</summary>
    [return: Tag("price")]
    public ValueTask<decimal> GetPriceAsync([Tag("sku")] string sku) =>
        _cache.TryGetValue(sku, out var price) ? new ValueTask<decimal>(price) : new ValueTask<decimal>(LookUpAsync(sku));

    public bool IsCached(string sku) => _cache.ContainsKey(sku);

    [Traced("price_list.lookup")]
    private async Task<decimal> LookUpAsync(string sku)
    {
        await Latency.SimulateAsync(lookupTime);
        return _cache[sku] = catalogue[sku];
    }
}

public static class OrderPricing
{
    [Traced]
    public static bool QualifiesForFreeShipping(this Order order, decimal threshold) => order.Total >= threshold;
}
