using AutoInstrument.Behavior.Tests.Infrastructure;
using OpenTelemetry.Trace;
using Shop.Orders;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Metrics;

/// <summary><c>[Traced]</c> and <c>[Measured]</c> on one method: one call, one span and one measurement.</summary>
public sealed class TracedAndMeasuredTests
{
    private static readonly string PlaceOrderFunction = $"{typeof(OrderService).FullName}.{nameof(OrderService.PlaceOrderAsync)}";

    [Fact]
    public async Task One_call_produces_a_span_and_a_measurement()
    {
        using var spans = new SpanCapture();
        using var measurements = new MeasurementCapture();

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        Assert.Single(spans.Spans, span => span.DisplayName == "place_order");
        Assert.Equal(1, PlaceOrderCount(measurements));
    }

    [Fact]
    public async Task The_measurement_is_recorded_when_the_sampler_drops_the_span()
    {
        using var spans = new SpanCapture(new AlwaysOffSampler());
        using var measurements = new MeasurementCapture();

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        Assert.Empty(spans.Spans);
        Assert.Equal(1, PlaceOrderCount(measurements));
    }

    [Fact]
    public async Task The_measurement_is_recorded_without_a_tracer_provider()
    {
        using var measurements = new MeasurementCapture();

        await TestShop.Orders().PlaceOrderAsync(TestShop.AffordableOrder.Id);

        Assert.Equal(1, PlaceOrderCount(measurements));
    }

    private static long PlaceOrderCount(MeasurementCapture capture) =>
        capture.Histogram("method.duration").Where(point => Equals(point.Tag("code.function.name"), PlaceOrderFunction)).Sum(point => point.Count);
}
