using AutoInstrument;

namespace Shop.Inventory;

/// <summary>A storage bin holding items of one kind.</summary>
public sealed class Bin<TItem>
    where TItem : CatalogItem
{
    private readonly List<TItem> _items = new();

    public IReadOnlyList<TItem> Items => _items;

    [Traced]
    public void Put(TItem item) => _items.Add(item);
}
