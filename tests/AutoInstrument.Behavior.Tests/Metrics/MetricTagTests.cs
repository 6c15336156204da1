using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Shipping;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Metrics;

/// <summary>A <c>[MetricTag]</c> parameter splits the histogram by its value.</summary>
public sealed class MetricTagTests
{
    private const string DefaultInstrument = "method.duration";
    private static readonly string ShipFunction = $"{typeof(ShippingService).FullName}.{nameof(ShippingService.ShipAsync)}";

    private readonly ShippingService _shipping = new(TimeSpan.FromMilliseconds(1));

    [Fact]
    public async Task An_enum_dimension_counts_each_value_by_name()
    {
        using var capture = new MeasurementCapture();

        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Express, giftWrapped: false);
        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Express, giftWrapped: false);
        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);

        var shipments = Shipments(capture);
        Assert.Equal(2, shipments.Single(point => Equals(point.Tag("shipping.speed"), nameof(ShippingSpeed.Express))).Count);
        Assert.Equal(1, shipments.Single(point => Equals(point.Tag("shipping.speed"), nameof(ShippingSpeed.Standard))).Count);
    }

    [Fact]
    public async Task A_boolean_dimension_counts_true_and_false_apart()
    {
        using var capture = new MeasurementCapture();

        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: true);
        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);
        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);

        var shipments = Shipments(capture);
        Assert.Equal(1, shipments.Single(point => Equals(point.Tag("giftWrapped"), "true")).Count);
        Assert.Equal(2, shipments.Single(point => Equals(point.Tag("giftWrapped"), "false")).Count);
    }

    [Fact]
    public async Task Every_point_carries_the_function_name_beside_the_dimensions()
    {
        using var capture = new MeasurementCapture();

        await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Express, giftWrapped: true);

        var point = Assert.Single(capture.Histogram(DefaultInstrument));
        Assert.Equal(["code.function.name", "giftWrapped", "shipping.speed"], point.Tags.Keys.Order());
    }

    private static List<HistogramPoint> Shipments(MeasurementCapture capture) =>
        capture.Histogram(DefaultInstrument).Where(point => Equals(point.Tag("code.function.name"), ShipFunction)).ToList();
}
