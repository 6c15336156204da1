using Shop.Payments;

namespace AutoInstrument.Behavior.Tests.Infrastructure;

/// <summary>A card network that fails every call with the exception the test gives it.</summary>
internal sealed class FailingCardNetwork(Exception failure) : ICardNetwork
{
    public async Task<bool> AuthorizeAsync(string customer, decimal amount, CancellationToken cancellationToken)
    {
        await Task.Yield();
        throw failure;
    }

    public void Refund(string customer, decimal amount) => throw failure;
}
