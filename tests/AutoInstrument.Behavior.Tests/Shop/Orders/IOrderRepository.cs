using AutoInstrument;

namespace Shop.Orders;

/// <summary>Traced on the interface: every call through it gets a span, whichever implementation answers.</summary>
public interface IOrderRepository
{
    [Traced]
    Task<Order?> FindAsync([Tag("order.id")] int id);

    [Traced]
    void Save([Tag("order.id")] int id, [Tag("order.status")] OrderStatus status);
}
