using System.Diagnostics;

namespace Shop;

/// <summary>The response time of a simulated dependency.</summary>
public static class Latency
{
    /// <summary>Waits at least <paramref name="latency"/>.</summary>
    /// <remarks>Task.Delay counts whole ticks of a coarse clock and may wake a little early: wait again for what is left.</remarks>
    public static async Task SimulateAsync(TimeSpan latency, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        for (var left = latency; left > TimeSpan.Zero; left = latency - Stopwatch.GetElapsedTime(started))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(left.TotalMilliseconds)), cancellationToken);
        }
    }
}
