using AutoInstrument;
using Microsoft.Extensions.Logging;

namespace QuickStart;

public sealed record Order(int Id, string Customer, decimal Amount);

public enum PaymentOutcome
{
    Approved,
    Declined,
}

public interface IOrderRepository
{
    [Traced]
    Task<Order?> FindAsync([Tag("order.id")] int id);
}

public sealed class InMemoryOrderRepository : IOrderRepository
{
    private readonly Dictionary<int, Order> _orders = new()
    {
        [1] = new Order(1, "ada", 42.50m),
        [2] = new Order(2, "grace", 1_250m),
        [3] = new Order(3, "linus", 18.90m),
    };

    public async Task<Order?> FindAsync(int id)
    {
        await Task.Delay(15);
        return _orders.GetValueOrDefault(id);
    }
}

public sealed class PaymentClient
{
    [Traced(Kind = System.Diagnostics.ActivityKind.Client)]
    [return: Tag("payment.outcome")]
    public async Task<PaymentOutcome> ChargeAsync([Tag("customer")] string customer, decimal amount)
    {
        await Task.Delay(25);
        if (amount > 1_000m)
        {
            throw new InvalidOperationException($"The card of {customer} was declined for {amount}.");
        }

        return PaymentOutcome.Approved;
    }
}

public sealed class OrderService(IOrderRepository repository, PaymentClient payments, ILogger<OrderService> logger)
{
    [Traced("checkout")]
    [Measured("checkout.duration", Buckets = new[] { 0.025, 0.05, 0.075, 0.1, 0.25 })]
    [ServiceLevelObjective("checkout-availability", 0.99)]
    public async Task<PaymentOutcome> CheckoutAsync([Tag("order.id")] int orderId)
    {
        var order = await repository.FindAsync(orderId) ?? throw new KeyNotFoundException($"Order {orderId} does not exist.");
        var outcome = await payments.ChargeAsync(order.Customer, order.Amount);
        logger.LogInformation("Order {OrderId} of {Customer} checked out: {Outcome}", orderId, order.Customer, outcome);
        return outcome;
    }
}
