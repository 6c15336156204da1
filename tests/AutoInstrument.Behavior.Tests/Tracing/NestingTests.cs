using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Orders;
using Shop.Payments;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

public sealed class NestingTests
{
    private static readonly string CancelSpan = $"{nameof(OrderService)}.{nameof(OrderService.Cancel)}";
    private static readonly string SaveSpan = $"{nameof(IOrderRepository)}.{nameof(IOrderRepository.Save)}";
    private static readonly string FindSpan = $"{nameof(IOrderRepository)}.{nameof(IOrderRepository.FindAsync)}";
    private static readonly string ChargeSpan = $"{nameof(PaymentGateway)}.{nameof(PaymentGateway.ChargeAsync)}";

    [Fact]
    public void A_traced_call_nests_under_the_caller_span()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        var cancel = capture.Span(CancelSpan);
        Assert.Equal(caller.TraceId, cancel.TraceId);
        Assert.Equal(caller.SpanId, cancel.ParentSpanId);
    }

    [Fact]
    public void A_traced_method_called_by_a_traced_method_is_its_child()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        AssertChildOf(capture.Span(CancelSpan), capture.Span(SaveSpan));
    }

    [Fact]
    public async Task A_call_made_before_the_first_await_nests_under_the_async_method_span()
    {
        using var capture = new SpanCapture();

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        AssertChildOf(capture.Span("place_order"), capture.Span(FindSpan));
    }

    [Fact]
    public async Task Calls_made_after_an_await_nest_under_the_async_method_span()
    {
        using var capture = new SpanCapture();

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        var placeOrder = capture.Span("place_order");
        AssertChildOf(placeOrder, capture.Span(ChargeSpan));
        AssertChildOf(placeOrder, capture.Span(SaveSpan));
    }

    [Fact]
    public async Task Concurrent_work_started_inside_a_traced_method_nests_under_its_span()
    {
        using var capture = new SpanCapture();
        int[] orderIds = [TestShop.AffordableOrder.Id, TestShop.ExpensiveOrder.Id];

        await TestShop.Orders().PlaceOrdersAsync(orderIds);

        var batch = capture.Span($"{nameof(OrderService)}.{nameof(OrderService.PlaceOrdersAsync)}");
        var placeOrders = capture.Spans.Where(span => span.DisplayName == "place_order").ToList();
        Assert.Equal(orderIds.Length, placeOrders.Count);
        Assert.All(placeOrders, placeOrder => AssertChildOf(batch, placeOrder));
    }

    private static void AssertChildOf(Activity parent, Activity child)
    {
        Assert.Equal(parent.TraceId, child.TraceId);
        Assert.Equal(parent.SpanId, child.ParentSpanId);
    }
}
