using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Orders;
using Shop.Payments;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

public sealed class SpanNamingTests
{
    [Fact]
    public void A_span_is_named_after_the_type_and_the_method()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        Assert.Contains(capture.Spans, span => span.DisplayName == $"{nameof(OrderService)}.{nameof(OrderService.Cancel)}");
    }

    [Fact]
    public async Task The_name_given_in_the_attribute_replaces_the_default()
    {
        using var capture = new SpanCapture();

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        Assert.Contains(capture.Spans, span => span.DisplayName == "place_order");
        Assert.DoesNotContain(capture.Spans, span => span.DisplayName == $"{nameof(OrderService)}.{nameof(OrderService.PlaceOrderAsync)}");
    }

    [Fact]
    public void The_kind_is_internal_by_default()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        Assert.Equal(ActivityKind.Internal, capture.Span($"{nameof(OrderService)}.{nameof(OrderService.Cancel)}").Kind);
    }

    [Fact]
    public async Task The_kind_given_in_the_attribute_is_used()
    {
        using var capture = new SpanCapture();

        await TestShop.Payments().ChargeAsync(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);

        Assert.Equal(ActivityKind.Client, capture.Span($"{nameof(PaymentGateway)}.{nameof(PaymentGateway.ChargeAsync)}").Kind);
    }

    [Fact]
    public void Spans_come_from_the_source_named_by_InstrumentationSource()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        var source = capture.Span($"{nameof(OrderService)}.{nameof(OrderService.Cancel)}").Source;
        Assert.Equal("Shop", source.Name);
        Assert.Equal("1.2.0", source.Version);
    }
}
