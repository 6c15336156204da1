using AutoInstrument;
using Shop.Orders;

namespace Shop.Shipping;

public enum ShippingSpeed
{
    Standard,
    Express,
}

public sealed record Shipment(int OrderId, ShippingSpeed Speed, bool GiftWrapped);

public sealed class ShippingService(TimeSpan carrierResponseTime)
{
    [Measured]
    public async Task<Shipment> ShipAsync(Order order, [MetricTag("shipping.speed")] ShippingSpeed speed, [MetricTag] bool giftWrapped)
    {
        await Latency.SimulateAsync(carrierResponseTime);
        if (order.Status != OrderStatus.Confirmed)
        {
            throw new InvalidOperationException($"Order {order.Id} is {order.Status}; only confirmed orders ship.");
        }

        return new Shipment(order.Id, speed, giftWrapped);
    }

    [Measured]
    public string PrintLabel(Order order) => $"#{order.Id} for {order.Customer}";

    [Measured("shop.shipping.quote.duration", Buckets = new[] { 0.001, 0.01, 0.1 }, Description = "Time to quote a shipping price.")]
    public decimal Quote(Order order, [MetricTag("shipping.speed")] ShippingSpeed speed) =>
        speed == ShippingSpeed.Express ? 12m + order.Total / 100 : 5m;
}
