using System.Reflection;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Shipping;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Metrics;

/// <summary>One histogram gives rate (its count), errors (its count with <c>error.type</c>) and duration (its buckets).</summary>
public sealed class MeasuredHistogramTests
{
    private const string DefaultInstrument = "method.duration";
    private const string QuoteInstrument = "shop.shipping.quote.duration";
    private static readonly TimeSpan CarrierResponseTime = TimeSpan.FromMilliseconds(50);
    private static readonly string ShipFunction = $"{typeof(ShippingService).FullName}.{nameof(ShippingService.ShipAsync)}";
    private static readonly string PrintLabelFunction = $"{typeof(ShippingService).FullName}.{nameof(ShippingService.PrintLabel)}";

    private readonly ShippingService _shipping = new(CarrierResponseTime);

    [Fact]
    public void Durations_are_recorded_in_seconds()
    {
        using var capture = new MeasurementCapture();

        _shipping.PrintLabel(TestShop.ConfirmedOrder);

        Assert.All(capture.Histogram(DefaultInstrument), point => Assert.Equal("s", point.Unit));
    }

    [Fact]
    public void The_default_instrument_has_the_default_bucket_boundaries()
    {
        using var capture = new MeasurementCapture();

        _shipping.PrintLabel(TestShop.ConfirmedOrder);

        var point = Assert.Single(capture.Histogram(DefaultInstrument));
        Assert.Equal([0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10], point.Boundaries);
    }

    [Fact]
    public void A_named_instrument_has_the_bucket_boundaries_its_attribute_declares()
    {
        using var capture = new MeasurementCapture();

        _shipping.Quote(TestShop.ConfirmedOrder, ShippingSpeed.Standard);

        var declared = typeof(ShippingService).GetMethod(nameof(ShippingService.Quote))!.GetCustomAttribute<MeasuredAttribute>()!.Buckets;
        Assert.Equal(declared, Assert.Single(capture.Histogram(QuoteInstrument)).Boundaries);
    }

    [Fact]
    public void A_named_instrument_keeps_its_measurements_out_of_the_default_instrument()
    {
        using var capture = new MeasurementCapture();

        _shipping.Quote(TestShop.ConfirmedOrder, ShippingSpeed.Standard);

        Assert.Empty(capture.Histogram(DefaultInstrument));
    }

    [Fact]
    public async Task Each_method_counts_its_own_calls_under_its_function_name()
    {
        using var capture = new MeasurementCapture();

        for (var i = 0; i < 3; i++)
        {
            await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);
        }

        _shipping.PrintLabel(TestShop.ConfirmedOrder);

        var points = capture.Histogram(DefaultInstrument);
        Assert.Equal(3, points.Where(point => Equals(point.Tag("code.function.name"), ShipFunction)).Sum(point => point.Count));
        Assert.Equal(1, points.Where(point => Equals(point.Tag("code.function.name"), PrintLabelFunction)).Sum(point => point.Count));
    }

    [Fact]
    public async Task The_recorded_durations_cover_the_awaited_work()
    {
        using var capture = new MeasurementCapture();

        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);
        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Express, giftWrapped: false);

        var shipments = capture.Histogram(DefaultInstrument).Where(point => Equals(point.Tag("code.function.name"), ShipFunction)).ToList();
        Assert.Equal(2, shipments.Sum(point => point.Count));
        Assert.True(shipments.Sum(point => point.Sum) >= 2 * CarrierResponseTime.TotalSeconds, $"The durations add up to {shipments.Sum(point => point.Sum)} s.");
    }

    [Fact]
    public async Task Only_failed_calls_carry_the_error_type()
    {
        using var capture = new MeasurementCapture();

        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);
        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => _shipping.ShipAsync(TestShop.AffordableOrder, ShippingSpeed.Standard, giftWrapped: false));

        var shipments = capture.Histogram(DefaultInstrument).Where(point => Equals(point.Tag("code.function.name"), ShipFunction)).ToList();
        Assert.Equal(1, shipments.Where(point => Equals(point.Tag("error.type"), failure.GetType().FullName)).Sum(point => point.Count));
        Assert.Equal(2, shipments.Where(point => !point.Tags.ContainsKey("error.type")).Sum(point => point.Count));
    }

    [Fact]
    public void A_named_instrument_carries_the_description_its_attribute_declares()
    {
        using var capture = new MeasurementCapture();

        _shipping.Quote(TestShop.ConfirmedOrder, ShippingSpeed.Standard);

        var declared = typeof(ShippingService).GetMethod(nameof(ShippingService.Quote))!.GetCustomAttribute<MeasuredAttribute>()!.Description;
        Assert.Equal(declared, Assert.Single(capture.Histogram(QuoteInstrument)).Description);
    }
}
