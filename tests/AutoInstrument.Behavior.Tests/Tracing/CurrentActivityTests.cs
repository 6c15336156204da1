using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

/// <summary>A traced call never changes the <see cref="Activity.Current"/> its caller sees once the call returns.</summary>
public sealed class CurrentActivityTests
{
    [Fact]
    public void The_caller_span_is_current_again_after_a_synchronous_call()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        Assert.Same(caller, Activity.Current);
    }

    [Fact]
    public void The_caller_span_is_current_again_after_a_synchronous_call_that_threw()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();
        var gateway = TestShop.Payments(new FailingCardNetwork(new InvalidOperationException("The card network is down.")));

        Assert.Throws<InvalidOperationException>(() => gateway.Refund(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total));

        Assert.Same(caller, Activity.Current);
    }

    [Fact]
    public async Task The_caller_span_is_current_while_an_async_call_is_still_pending()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();

        var pending = TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);
        var wasPending = !pending.IsCompleted;
        var currentWhilePending = Activity.Current;
        await pending;

        Assert.True(wasPending);
        Assert.Same(caller, currentWhilePending);
    }

    [Fact]
    public async Task The_caller_span_is_current_again_after_awaiting_a_pending_call()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        Assert.Same(caller, Activity.Current);
    }

    [Fact]
    public async Task The_caller_span_is_current_again_after_awaiting_a_call_that_completed_at_once()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();

        await TestShop.Repository().FindAsync(TestShop.AffordableOrder.Id);

        Assert.Same(caller, Activity.Current);
    }
}
