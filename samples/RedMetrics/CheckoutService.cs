using AutoInstrument;

namespace RedMetrics;

/// <summary>
/// A service boundary with a known shape, so a scrape can check the RED figures: most calls take about 20 ms, every
/// tenth about 300 ms, and every twentieth fails. Its two objectives are written to RedMetrics.slo-rules.yml by the build.
/// </summary>
public sealed class CheckoutService
{
    private long _calls;

    [Traced]
    [Measured]
    [ServiceLevelObjective("checkout-availability", 0.995)]
    [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.25, WindowDays = 28)]
    public async Task<string> CheckoutAsync([Tag("cart.id")] int cartId)
    {
        var call = Interlocked.Increment(ref _calls);
        await Task.Delay(call % 10 == 0 ? 300 : 20);
        if (call % 20 == 7)
        {
            throw new PaymentDeclinedException($"The payment for cart {cartId} was declined.");
        }

        return $"order-{cartId}";
    }
}

public sealed class PaymentDeclinedException(string message) : Exception(message);
