using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Orders;
using Shop.Payments;
using Shop.Pricing;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

public sealed class AsyncTests
{
    private static readonly string ChargeSpan = $"{nameof(PaymentGateway)}.{nameof(PaymentGateway.ChargeAsync)}";
    private static readonly string GetPriceSpan = $"{nameof(PriceList)}.{nameof(PriceList.GetPriceAsync)}";
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

    [Fact]
    public async Task A_pending_value_task_keeps_its_span_open_until_it_completes()
    {
        using var capture = new SpanCapture();

        var price = await TestShop.PriceList().GetPriceAsync("book-1");

        var span = capture.Span(GetPriceSpan);
        Assert.Equal(TestShop.Prices["book-1"], price);
        Assert.True(span.Duration >= TestShop.PriceLookupTime, $"The span lasted {span.Duration}.");
    }

    [Fact]
    public async Task A_value_task_that_completed_at_once_still_gives_its_result_to_the_caller_and_the_span()
    {
        var prices = TestShop.PriceList();
        await prices.GetPriceAsync("mug-2");
        using var capture = new SpanCapture();

        var cached = prices.GetPriceAsync("mug-2");
        var completedAtOnce = cached.IsCompletedSuccessfully;
        var price = await cached;

        Assert.True(completedAtOnce);
        Assert.Equal(TestShop.Prices["mug-2"], price);
        Assert.Equal(price, capture.Span(GetPriceSpan).GetTagItem("price"));
    }
}
