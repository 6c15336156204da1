namespace Shop.Payments;

/// <summary>The card network behind the gateway: a remote dependency, not instrumented by the shop.</summary>
public interface ICardNetwork
{
    Task<bool> AuthorizeAsync(string customer, decimal amount, CancellationToken cancellationToken);

    void Refund(string customer, decimal amount);
}
