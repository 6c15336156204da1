using System.Collections.Concurrent;

namespace Shop.Orders;

public sealed class InMemoryOrderRepository(params Order[] orders) : IOrderRepository
{
    private readonly ConcurrentDictionary<int, Order> _orders = new(orders.ToDictionary(order => order.Id));

    public Task<Order?> FindAsync(int id) => Task.FromResult(_orders.GetValueOrDefault(id));

    public void Save(int id, OrderStatus status) => _orders[id] = _orders[id] with { Status = status };
}
