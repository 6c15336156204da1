using Shop.Inventory;
using Shop.Orders;
using Shop.Payments;
using Shop.Pricing;

namespace AutoInstrument.Behavior.Tests.Infrastructure;

/// <summary>The shop the tests exercise: two orders, a card network with a known response time, a small warehouse.</summary>
internal static class TestShop
{
    public static readonly TimeSpan CardNetworkResponseTime = TimeSpan.FromMilliseconds(50);

    public const decimal CardLimit = 1_000m;

    public static readonly Order AffordableOrder = new(1, "ada", 42.50m);

    public static readonly Order ExpensiveOrder = new(2, "grace", 1_250m);

    public static readonly Order ConfirmedOrder = new(3, "linus", 99m, OrderStatus.Confirmed);

    public static readonly IReadOnlyDictionary<string, int> InitialStock = new Dictionary<string, int> { ["book-1"] = 5, ["mug-2"] = 2 };

    /// <summary>The repository as its callers hold it: through the interface that carries the attributes.</summary>
    public static IOrderRepository Repository() => new InMemoryOrderRepository(AffordableOrder, ExpensiveOrder);

    public static ICardNetwork CardNetwork() => new SimulatedCardNetwork(CardNetworkResponseTime, CardLimit);

    public static PaymentGateway Payments(ICardNetwork? network = null) => new(network ?? CardNetwork());

    public static OrderService Orders(ICardNetwork? network = null) => new(Repository(), Payments(network));

    public static Warehouse Warehouse() => new(InitialStock);

    public static readonly TimeSpan PriceLookupTime = TimeSpan.FromMilliseconds(30);

    public static readonly IReadOnlyDictionary<string, decimal> Prices = new Dictionary<string, decimal> { ["book-1"] = 18.90m, ["mug-2"] = 7.50m };

    public static PriceList PriceList() => new(Prices, PriceLookupTime);
}
