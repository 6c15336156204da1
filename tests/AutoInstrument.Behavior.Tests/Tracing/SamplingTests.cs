using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using OpenTelemetry.Trace;
using Shop.Orders;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

/// <summary>A span the sampler drops is never started: the code runs as it would without instrumentation.</summary>
public sealed class SamplingTests
{
    [Fact]
    public async Task A_sampler_that_drops_every_span_leaves_no_span()
    {
        using var capture = new SpanCapture(new AlwaysOffSampler());

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        Assert.Empty(capture.Spans);
    }

    [Fact]
    public async Task Results_are_unchanged_when_the_sampler_drops_every_span()
    {
        var repository = TestShop.Repository();
        using var capture = new SpanCapture(new AlwaysOffSampler());

        var status = await new OrderService(repository, TestShop.Payments()).PlaceOrderAsync(TestShop.ExpensiveOrder.Id);

        Assert.Equal(OrderStatus.Rejected, status);
        Assert.Equal(OrderStatus.Rejected, (await repository.FindAsync(TestShop.ExpensiveOrder.Id))!.Status);
    }

    [Fact]
    public void A_parent_based_sampler_drops_the_spans_under_a_sampled_out_parent()
    {
        using var capture = new SpanCapture(new ParentBasedSampler(new AlwaysOnSampler()));
        using var parent = StartUnsampledRequest();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        Assert.Empty(capture.Spans);
    }

    [Fact]
    public void A_parent_based_sampler_keeps_the_spans_under_a_sampled_parent()
    {
        using var capture = new SpanCapture(new ParentBasedSampler(new AlwaysOnSampler()));
        using var caller = SpanCapture.StartCaller();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        Assert.NotEmpty(capture.Spans);
    }

    [Fact]
    public async Task Results_are_unchanged_under_a_sampled_out_parent()
    {
        var repository = TestShop.Repository();
        using var capture = new SpanCapture(new ParentBasedSampler(new AlwaysOnSampler()));
        using var parent = StartUnsampledRequest();

        new OrderService(repository, TestShop.Payments()).Cancel(TestShop.AffordableOrder.Id);

        Assert.Equal(OrderStatus.Cancelled, (await repository.FindAsync(TestShop.AffordableOrder.Id))!.Status);
    }

    // What an incoming request whose traceparent says "not sampled" looks like to the code it calls.
    private static Activity StartUnsampledRequest() =>
        new Activity("incoming request")
            .SetParentId(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.None)
            .Start();
}
