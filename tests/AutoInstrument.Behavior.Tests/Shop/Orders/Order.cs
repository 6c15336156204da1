namespace Shop.Orders;

public sealed record Order(int Id, string Customer, decimal Total, OrderStatus Status = OrderStatus.Pending);

public enum OrderStatus
{
    Pending,
    Confirmed,
    Rejected,
    Cancelled,
}
