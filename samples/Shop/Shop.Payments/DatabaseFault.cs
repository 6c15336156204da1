namespace Shop.Payments;

/// <summary>
/// The fault switch: how long each query takes. Healthy it is a few milliseconds; flipped (POST /admin/fault, or
/// PAYMENTS_DB_QUERY_MS at start-up) every query holds its connection long enough for requests to queue on the pool.
/// </summary>
public sealed class DatabaseFault(TimeSpan healthyQueryTime)
{
    private long _queryTicks = healthyQueryTime.Ticks;

    public TimeSpan QueryTime => TimeSpan.FromTicks(Interlocked.Read(ref _queryTicks));

    public void SlowDown(TimeSpan queryTime) => Interlocked.Exchange(ref _queryTicks, queryTime.Ticks);

    public void Heal() => Interlocked.Exchange(ref _queryTicks, healthyQueryTime.Ticks);
}
