using AutoInstrument;

namespace Signed;

public sealed class Ledger
{
    private decimal _balance;

    [Traced]
    [Measured]
    public decimal Post([Tag("amount")] decimal amount) => _balance += amount;

    public decimal PostTwice(decimal amount)
    {
        Post(amount);
        return Post(amount);
    }
}
