using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Orders;
using Shop.Payments;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

public sealed class AsyncTests
{
    private static readonly string ChargeSpan = $"{nameof(PaymentGateway)}.{nameof(PaymentGateway.ChargeAsync)}";
    private static readonly string FindSpan = $"{nameof(IOrderRepository)}.{nameof(IOrderRepository.FindAsync)}";

    [Fact]
    public async Task The_span_of_an_async_method_covers_the_awaited_work()
    {
        using var capture = new SpanCapture();

        await TestShop.Payments().ChargeAsync(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);

        Assert.True(
            capture.Span(ChargeSpan).Duration >= TestShop.CardNetworkResponseTime,
            $"The span lasted {capture.Span(ChargeSpan).Duration}, less than the card network's {TestShop.CardNetworkResponseTime}.");
    }

    [Fact]
    public async Task The_span_of_a_pending_call_ends_only_when_its_task_completes()
    {
        using var capture = new SpanCapture();

        var pending = TestShop.Payments().ChargeAsync(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);
        var endedBeforeCompletion = capture.Spans.Any(span => span.DisplayName == ChargeSpan);
        await pending;

        Assert.False(endedBeforeCompletion);
        Assert.Single(capture.Spans, span => span.DisplayName == ChargeSpan);
    }

    [Fact]
    public void The_span_of_a_call_that_completed_at_once_has_ended_when_the_call_returns()
    {
        using var capture = new SpanCapture();

        var completed = TestShop.Repository().FindAsync(TestShop.AffordableOrder.Id);

        Assert.True(completed.IsCompletedSuccessfully);
        Assert.Single(capture.Spans, span => span.DisplayName == FindSpan);
    }

    [Fact]
    public async Task An_async_method_returns_its_result_unchanged()
    {
        using var capture = new SpanCapture();

        var order = await TestShop.Repository().FindAsync(TestShop.AffordableOrder.Id);

        Assert.Equal(TestShop.AffordableOrder, order);
    }
}
