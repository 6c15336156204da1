using AutoInstrument;

namespace Shop.Orders;

public enum Channel
{
    Web,
    Mobile,
}

public sealed record OrderRequest(string Customer, decimal Amount, CardBrand Card = CardBrand.Visa, Channel Channel = Channel.Web);

public sealed class OrderService(OrderRepository orders, PaymentClient payments, ILogger<OrderService> logger)
{
    /// <summary>The order API's promise: 99% of orders are placed, and 99% within 250 ms, over 30 days.</summary>
    [Traced("orders.place")]
    [Measured("shop.orders.duration", Buckets = new[] { 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5 })]
    [ServiceLevelObjective("orders-latency", 0.99, LatencyThreshold = 0.25)]
    [ServiceLevelObjective("orders-availability", 0.99)]
    [return: Tag("payment.authorization")]
    public async Task<string> PlaceAsync([Tag("customer")] string customer, [Tag("order.amount")] decimal amount, CardBrand card, [MetricTag("order.channel")] Channel channel, CancellationToken cancellationToken)
    {
        var id = orders.Create(customer, amount);
        try
        {
            var receipt = await payments.ChargeAsync(id, customer, amount, card, cancellationToken);
            orders.SetStatus(id, OrderStatus.Paid);
            return receipt.AuthorizationCode;
        }
        catch (PaymentFailedException exception)
        {
            orders.SetStatus(id, OrderStatus.PaymentFailed);
            logger.LogError(exception, "Order {OrderId} for {Customer} failed: {Reason}", id, customer, exception.Message);
            throw;
        }
    }
}
