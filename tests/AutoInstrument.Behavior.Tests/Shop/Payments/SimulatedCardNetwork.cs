namespace Shop.Payments;

/// <summary>Approves every charge up to a limit after a fixed response time.</summary>
public sealed class SimulatedCardNetwork(TimeSpan responseTime, decimal limit) : ICardNetwork
{
    public async Task<bool> AuthorizeAsync(string customer, decimal amount, CancellationToken cancellationToken)
    {
        await Latency.SimulateAsync(responseTime, cancellationToken);
        return amount <= limit;
    }

    public void Refund(string customer, decimal amount)
    {
    }
}
