using System.Collections.Concurrent;
using AutoInstrument;

namespace Shop.Orders;

public enum OrderStatus
{
    Pending,
    Paid,
    PaymentFailed,
}

public sealed record Order(int Id, string Customer, decimal Amount, OrderStatus Status);

/// <summary>The orders, in memory: fast, so the trace of a slow order shows where the time really went.</summary>
public sealed class OrderRepository
{
    private readonly ConcurrentDictionary<int, Order> _orders = new();
    private int _lastId;

    [Traced("orders.repository.create")]
    [return: Tag("order.id")]
    public int Create([Tag("customer")] string customer, decimal amount)
    {
        var id = Interlocked.Increment(ref _lastId);
        _orders[id] = new Order(id, customer, amount, OrderStatus.Pending);
        return id;
    }

    [Traced("orders.repository.set_status")]
    public void SetStatus([Tag("order.id")] int id, [Tag("order.status")] OrderStatus status) =>
        _orders[id] = _orders[id] with { Status = status };
}
