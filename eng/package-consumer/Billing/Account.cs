using AutoInstrument;

[assembly: InstrumentationSource("billing", Version = "2.1")]

namespace Billing;

public sealed class Account
{
    [Traced]
    [Measured]
    public int Charge([Tag("amount")] int amount) => amount;

    /// <summary>The library's own calls: recorded into the same histogram as its callers'.</summary>
    public int ChargeTwice(int amount) => Charge(amount) + Charge(amount);

    [Measured("billing.refund.duration", Buckets = new[] { 0.01, 0.1, 1.0 })]
    public int Refund(int amount) => -amount;
}
