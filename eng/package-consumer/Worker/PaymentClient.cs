using System.Diagnostics;
using AutoInstrument;

// The package readme's 30-second example, as it is written there (tests/AutoInstrument.Analyzers.Tests/Documentation
// keeps the two the same), so the example is proven to build and run from the package.
namespace Worker;

public enum PaymentOutcome
{
    Approved,
}

public sealed class PaymentClient
{
    [Traced(Kind = ActivityKind.Client)]
    [Measured]
    [return: Tag("payment.outcome")]
    public async Task<PaymentOutcome> ChargeAsync([Tag("customer")] string customer, decimal amount)
    {
        await Task.Delay(25);
        if (amount > 1_000m) throw new InvalidOperationException($"The card of {customer} was declined.");
        return PaymentOutcome.Approved;
    }
}
