using System.Diagnostics;
using AutoInstrument;

namespace Shop.Payments;

/// <summary>The payments "database": each statement takes a connection from the pool for the fault switch's query time.</summary>
public sealed class PaymentDatabase(ConnectionPool pool, DatabaseFault fault)
{
    [Traced("payments.db.insert_charge", Kind = ActivityKind.Client)]
    [Measured("shop.payments.db.duration")]
    public async Task InsertChargeAsync([Tag("order.id")] int orderId, [Tag("payment.amount")] decimal amount, CancellationToken cancellationToken)
    {
        using var connection = await pool.OpenAsync(cancellationToken);
        await Task.Delay(fault.QueryTime, cancellationToken);
    }
}
