using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Billing;
using Shop.Orders;
using Shop.Shipping;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Metrics;

/// <summary>
/// <c>[Measured]</c> records while the method's own span is current, so the exemplar a trace-based filter keeps points at
/// the very call it measured: the trace an engineer opens from a slow bucket is that call's trace.
/// </summary>
public sealed class ExemplarTests
{
    private static readonly TimeSpan MailerResponseTime = TimeSpan.FromMilliseconds(20);
    private static readonly string IssueFunction = $"{typeof(InvoiceService).FullName}.{nameof(InvoiceService.Issue)}";
    private static readonly string LinesFunction = $"{typeof(InvoiceService).FullName}.{nameof(InvoiceService.Lines)}";
    private static readonly string StreamLinesFunction = $"{typeof(InvoiceService).FullName}.{nameof(InvoiceService.StreamLinesAsync)}";
    private static readonly string SendFunction = $"{typeof(InvoiceService).FullName}.{nameof(InvoiceService.SendAsync)}";
    private static readonly string ShipFunction = $"{typeof(ShippingService).FullName}.{nameof(ShippingService.ShipAsync)}";
    private static readonly string PrintLabelFunction = $"{typeof(ShippingService).FullName}.{nameof(ShippingService.PrintLabel)}";

    private readonly InvoiceService _invoices = new(MailerResponseTime);
    private readonly ShippingService _shipping = new(MailerResponseTime);

    [Fact]
    public void A_synchronous_call_is_the_exemplar_of_its_measurement()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        _invoices.Issue(TestShop.ConfirmedOrder);

        AssertExemplarIs(spans.Span("InvoiceService.Issue"), exemplars.Exemplars(IssueFunction));
    }

    [Fact]
    public async Task An_async_call_is_the_exemplar_of_its_measurement()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        await _invoices.SendAsync(TestShop.ConfirmedOrder);

        AssertExemplarIs(spans.Span("InvoiceService.SendAsync"), exemplars.Exemplars(SendFunction));
    }

    [Fact]
    public async Task An_async_call_under_a_caller_is_the_exemplar_rather_than_the_caller()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        using (SpanCapture.StartCaller())
        {
            await _invoices.SendAsync(TestShop.ConfirmedOrder);
        }

        AssertExemplarIs(spans.Span("InvoiceService.SendAsync"), exemplars.Exemplars(SendFunction));
    }

    [Fact]
    public async Task A_failed_async_call_is_the_exemplar_of_its_measurement()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();
        var cancelled = TestShop.ConfirmedOrder with { Status = OrderStatus.Cancelled };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _invoices.SendAsync(cancelled));

        AssertExemplarIs(spans.Span("InvoiceService.SendAsync"), exemplars.Exemplars(SendFunction));
    }

    [Fact]
    public void An_enumeration_is_the_exemplar_of_its_measurement_rather_than_its_consumer()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        using (SpanCapture.StartCaller())
        {
            _ = _invoices.Lines(TestShop.ConfirmedOrder).ToList();
        }

        AssertExemplarIs(spans.Span("InvoiceService.Lines"), exemplars.Exemplars(LinesFunction));
    }

    [Fact]
    public async Task An_async_enumeration_is_the_exemplar_of_its_measurement_rather_than_its_consumer()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        using (SpanCapture.StartCaller())
        {
            await foreach (var _ in _invoices.StreamLinesAsync(TestShop.ConfirmedOrder))
            {
            }
        }

        AssertExemplarIs(spans.Span("InvoiceService.StreamLinesAsync"), exemplars.Exemplars(StreamLinesFunction));
    }

    [Fact]
    public void A_measured_only_call_under_a_caller_has_the_caller_as_its_exemplar()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        Activity caller;
        using (caller = SpanCapture.StartCaller())
        {
            _shipping.PrintLabel(TestShop.ConfirmedOrder);
        }

        AssertExemplarIs(caller, exemplars.Exemplars(PrintLabelFunction));
    }

    [Fact]
    public async Task A_measured_only_async_call_under_a_caller_has_the_caller_as_its_exemplar()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        Activity caller;
        using (caller = SpanCapture.StartCaller())
        {
            await _shipping.ShipAsync(TestShop.ConfirmedOrder, ShippingSpeed.Standard, giftWrapped: false);
        }

        AssertExemplarIs(caller, exemplars.Exemplars(ShipFunction));
    }

    [Fact]
    public void A_measured_only_call_without_a_span_has_no_exemplar()
    {
        using var spans = new SpanCapture();
        using var exemplars = new ExemplarCapture();

        _shipping.PrintLabel(TestShop.ConfirmedOrder);

        Assert.Empty(exemplars.Exemplars(PrintLabelFunction));
    }

    private static void AssertExemplarIs(Activity span, IReadOnlyList<(ActivityTraceId TraceId, ActivitySpanId SpanId)> exemplars)
    {
        var exemplar = Assert.Single(exemplars);
        Assert.Equal(span.TraceId, exemplar.TraceId);
        Assert.Equal(span.SpanId, exemplar.SpanId);
    }
}
