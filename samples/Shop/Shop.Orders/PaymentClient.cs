using System.Diagnostics;
using AutoInstrument;

namespace Shop.Orders;

public enum CardBrand
{
    Visa,
    Mastercard,
}

public sealed record PaymentReceipt(int OrderId, string AuthorizationCode);

public sealed class PaymentFailedException(string message) : Exception(message);

/// <summary>The payment API's client: HttpClient carries the trace to it in <c>traceparent</c>.</summary>
public sealed class PaymentClient(HttpClient http)
{
    [Traced("orders.payment_client.charge", Kind = ActivityKind.Client)]
    [Measured("shop.orders.payment_client.duration")]
    public async Task<PaymentReceipt> ChargeAsync([Tag("order.id")] int orderId, string customer, decimal amount, [MetricTag("payment.card")] CardBrand card, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/payments", new { orderId, customer, amount, card = card.ToString() }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(cancellationToken);
            throw new PaymentFailedException($"The payment API answered {(int)response.StatusCode}: {problem?.Detail ?? response.ReasonPhrase}");
        }

        return await response.Content.ReadFromJsonAsync<PaymentReceipt>(cancellationToken)
            ?? throw new PaymentFailedException("The payment API answered without a receipt.");
    }

    private sealed record ProblemBody(string? Detail);
}
