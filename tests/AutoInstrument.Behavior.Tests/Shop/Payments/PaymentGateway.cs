using System.Diagnostics;
using AutoInstrument;

namespace Shop.Payments;

public enum PaymentOutcome
{
    Approved,
    Declined,
}

public sealed class PaymentGateway(ICardNetwork network)
{
    [Traced(Kind = ActivityKind.Client)]
    [return: Tag("payment.outcome")]
    public async Task<PaymentOutcome> ChargeAsync([Tag("customer")] string customer, decimal amount, CancellationToken cancellationToken = default) =>
        await network.AuthorizeAsync(customer, amount, cancellationToken) ? PaymentOutcome.Approved : PaymentOutcome.Declined;

    [Traced(Kind = ActivityKind.Client)]
    public void Refund([Tag("customer")] string customer, decimal amount) => network.Refund(customer, amount);
}
