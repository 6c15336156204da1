using AutoInstrument;

namespace Shop.Inventory;

public abstract record CatalogItem(string Sku);

public sealed record Book(string Sku, string Title) : CatalogItem(Sku);

public sealed record Gadget(string Sku, string Model) : CatalogItem(Sku);

public sealed class Catalog(params CatalogItem[] items)
{
    private readonly Dictionary<string, CatalogItem> _items = items.ToDictionary(item => item.Sku);

    [Traced]
    public TItem? Find<TItem>([Tag("sku")] string sku)
        where TItem : CatalogItem =>
        _items.GetValueOrDefault(sku) as TItem;
}
