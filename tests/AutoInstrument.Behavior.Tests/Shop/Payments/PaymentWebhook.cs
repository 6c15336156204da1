using AutoInstrument;

namespace Shop.Payments;

/// <summary>
/// Called by the payment provider's SDK through a registered delegate, from code this compilation never sees: the
/// partial form instruments the method itself, so every caller gets the span.
/// </summary>
public sealed partial class PaymentWebhook
{
    public static readonly IReadOnlySet<string> HandledEvents = new HashSet<string> { "charge.succeeded", "charge.refunded" };

    [Traced]
    [return: Tag("webhook.handled")]
    public partial Task<bool> HandleAsync([Tag("webhook.event")] string eventType);

    private async Task<bool> HandleAsyncCore(string eventType)
    {
        await Task.Yield();
        return HandledEvents.Contains(eventType);
    }
}
