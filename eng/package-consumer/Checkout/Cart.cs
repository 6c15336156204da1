namespace Checkout;

public static class Cart
{
    public static int Pay(int amount) => new Billing.Account().Charge(amount);
}
