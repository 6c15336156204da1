using AutoInstrument;

namespace Shop.Payments;

public enum CardBrand
{
    Visa,
    Mastercard,
}

public sealed record PaymentRequest(int OrderId, string Customer, decimal Amount, CardBrand Card);

public sealed record PaymentReceipt(int OrderId, string AuthorizationCode);

public sealed class PaymentService(PaymentDatabase database)
{
    [Traced("payments.authorize")]
    [Measured("shop.payments.duration")]
    public async Task<PaymentReceipt> AuthorizeAsync(
        [Tag("order.id")] int orderId,
        [Tag("customer")] string customer,
        decimal amount,
        [MetricTag("payment.card")] CardBrand card,
        CancellationToken cancellationToken)
    {
        await database.InsertChargeAsync(orderId, amount, cancellationToken);
        return new PaymentReceipt(orderId, $"AUTH-{orderId:D6}-{card}");
    }
}
