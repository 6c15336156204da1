using System.Diagnostics;
using AutoInstrument;
using Shop.Payments;

namespace Shop.Orders;

public sealed class OrderService(IOrderRepository orders, PaymentGateway payments)
{
    [Traced("place_order", Kind = ActivityKind.Server)]
    [Measured]
    [return: Tag("order.status")]
    public async Task<OrderStatus> PlaceOrderAsync([Tag("order.id")] int orderId, CancellationToken cancellationToken = default)
    {
        var order = await FindOrderAsync(orderId);
        var outcome = await payments.ChargeAsync(order.Customer, order.Total, cancellationToken);
        var status = outcome == PaymentOutcome.Approved ? OrderStatus.Confirmed : OrderStatus.Rejected;
        orders.Save(orderId, status);
        return status;
    }

    /// <summary>Places a batch of orders concurrently.</summary>
    [Traced]
    public async Task<OrderStatus[]> PlaceOrdersAsync(IEnumerable<int> orderIds) =>
        await Task.WhenAll(orderIds.Select(orderId => PlaceOrderAsync(orderId)));

    [Traced]
    public void Cancel([Tag] int orderId) => orders.Save(orderId, OrderStatus.Cancelled);

    private async Task<Order> FindOrderAsync(int orderId) =>
        await orders.FindAsync(orderId) ?? throw new KeyNotFoundException($"Order {orderId} does not exist.");
}
