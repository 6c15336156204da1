namespace Shop.Payments;

/// <summary>
/// A fixed number of database connections. A caller that cannot get one within the timeout fails with "Connection pool
/// exhausted", as a real driver does when every connection is held by a slow query.
/// </summary>
public sealed class ConnectionPool(int size, TimeSpan timeout)
{
    private readonly SemaphoreSlim _connections = new(size, size);

    public int Size => size;

    public async Task<IDisposable> OpenAsync(CancellationToken cancellationToken)
    {
        if (!await _connections.WaitAsync(timeout, cancellationToken))
        {
            throw new ConnectionPoolExhaustedException(
                $"Connection pool exhausted: all {size} connections were in use for {timeout.TotalMilliseconds:0} ms.");
        }

        return new Lease(_connections);
    }

    private sealed class Lease(SemaphoreSlim connections) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                connections.Release();
            }
        }
    }
}

public sealed class ConnectionPoolExhaustedException(string message) : Exception(message);
