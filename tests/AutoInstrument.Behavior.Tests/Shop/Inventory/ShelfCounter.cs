using AutoInstrument;

namespace Shop.Inventory;

/// <summary>A running count kept on the stack while a shelf is counted; tracing must not copy it.</summary>
public struct ShelfCounter
{
    public int Total { get; private set; }

    [Traced]
    public int Add([Tag("quantity")] int quantity) => Total += quantity;
}
