using System.Reflection;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Payments;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

/// <summary>A <c>[Traced] partial</c> method is instrumented for every caller, including those no interceptor reaches.</summary>
public sealed class PartialFormTests
{
    private const string Event = "charge.refunded";
    private static readonly string HandleSpan = $"{nameof(PaymentWebhook)}.{nameof(PaymentWebhook.HandleAsync)}";

    [Fact]
    public async Task A_call_through_a_delegate_is_traced()
    {
        using var capture = new SpanCapture();
        Func<string, Task<bool>> handler = new PaymentWebhook().HandleAsync;

        await handler(Event);

        Assert.Equal(Event, capture.Span(HandleSpan).GetTagItem("webhook.event"));
    }

    [Fact]
    public async Task A_call_through_reflection_is_traced()
    {
        using var capture = new SpanCapture();
        var handle = typeof(PaymentWebhook).GetMethod(nameof(PaymentWebhook.HandleAsync), BindingFlags.Public | BindingFlags.Instance)!;

        await (Task<bool>)handle.Invoke(new PaymentWebhook(), [Event])!;

        Assert.Equal(Event, capture.Span(HandleSpan).GetTagItem("webhook.event"));
    }

    [Fact]
    public async Task A_direct_call_produces_one_span()
    {
        using var capture = new SpanCapture();

        await new PaymentWebhook().HandleAsync(Event);

        Assert.Single(capture.Spans);
    }

    [Fact]
    public async Task The_result_of_the_body_reaches_the_caller_and_the_span()
    {
        using var capture = new SpanCapture();

        var handled = await new PaymentWebhook().HandleAsync("charge.disputed");

        Assert.Equal(PaymentWebhook.HandledEvents.Contains("charge.disputed"), handled);
        Assert.Equal(handled, capture.Span(HandleSpan).GetTagItem("webhook.handled"));
    }
}
