using AutoInstrument;
using Shop.Orders;

namespace Shop.Billing;

/// <summary>Traced and measured in both shapes, so the tests can see which span is current when a duration is recorded.</summary>
public sealed class InvoiceService(TimeSpan mailerResponseTime)
{
    [Traced]
    [Measured]
    public string Issue(Order order) => $"INV-{order.Id}";

    [Traced]
    [Measured]
    public IEnumerable<string> Lines(Order order)
    {
        yield return $"{order.Customer}: {order.Total}";
        yield return $"Total: {order.Total}";
    }

    [Traced]
    [Measured]
    public async IAsyncEnumerable<string> StreamLinesAsync(Order order)
    {
        await Latency.SimulateAsync(mailerResponseTime);
        yield return $"{order.Customer}: {order.Total}";
    }

    [Traced]
    [Measured]
    public async Task SendAsync(Order order)
    {
        await Latency.SimulateAsync(mailerResponseTime);
        if (order.Status == OrderStatus.Cancelled)
        {
            throw new InvalidOperationException($"Order {order.Id} is cancelled; its invoice is not sent.");
        }
    }
}
