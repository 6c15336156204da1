using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Inventory;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

/// <summary>The span of a method returning an iterator or an <see cref="IAsyncEnumerable{T}"/> covers the enumeration.</summary>
public sealed class EnumerationTests
{
    private static readonly string ListStockSpan = $"{nameof(Warehouse)}.{nameof(Warehouse.ListStock)}";
    private static readonly string ReceiveSpan = $"{nameof(Warehouse)}.{nameof(Warehouse.ReceiveAsync)}";
    private static readonly string RestockSpan = $"{nameof(Warehouse)}.{nameof(Warehouse.Restock)}";
    private static readonly TimeSpan UnloadingTime = TimeSpan.FromMilliseconds(20);

    private static readonly Delivery[] Deliveries = [new("book-1", 10), new("mug-2", 4), new("lamp-3", 1)];

    [Fact]
    public void The_span_of_an_iterator_ends_after_the_enumeration()
    {
        using var capture = new SpanCapture();
        var endedDuringEnumeration = false;

        foreach (var _ in TestShop.Warehouse().ListStock())
        {
            endedDuringEnumeration |= capture.Spans.Any(span => span.DisplayName == ListStockSpan);
        }

        Assert.False(endedDuringEnumeration);
        Assert.Single(capture.Spans, span => span.DisplayName == ListStockSpan);
    }

    [Fact]
    public void The_span_of_an_iterator_covers_the_work_done_between_items()
    {
        using var capture = new SpanCapture();
        var consumerTime = TimeSpan.Zero;

        foreach (var _ in TestShop.Warehouse().ListStock())
        {
            var started = Stopwatch.GetTimestamp();
            Thread.Sleep(UnloadingTime);
            consumerTime += Stopwatch.GetElapsedTime(started);
        }

        Assert.True(capture.Span(ListStockSpan).Duration >= consumerTime, $"The span lasted {capture.Span(ListStockSpan).Duration}, the consumer {consumerTime}.");
    }

    [Fact]
    public void An_iterator_that_is_never_enumerated_opens_no_span()
    {
        using var capture = new SpanCapture();

        _ = TestShop.Warehouse().ListStock();

        Assert.Empty(capture.Spans);
    }

    [Fact]
    public void Each_enumeration_of_an_iterator_gets_its_own_span()
    {
        using var capture = new SpanCapture();
        var stock = TestShop.Warehouse().ListStock();

        var firstCount = stock.Count();
        var secondCount = stock.Count();

        Assert.Equal(firstCount, secondCount);
        Assert.Equal(2, capture.Spans.Count(span => span.DisplayName == ListStockSpan));
    }

    [Fact]
    public void Stopping_an_enumeration_early_ends_the_span()
    {
        using var capture = new SpanCapture();

        var first = TestShop.Warehouse().ListStock().First();

        Assert.Equal(TestShop.InitialStock.Keys.Min(), first.Sku);
        Assert.Single(capture.Spans, span => span.DisplayName == ListStockSpan);
    }

    [Fact]
    public void The_consumer_span_is_current_between_the_items_of_an_iterator()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();
        var currentBetweenItems = new List<Activity?>();

        foreach (var _ in TestShop.Warehouse().ListStock())
        {
            currentBetweenItems.Add(Activity.Current);
        }

        Assert.NotEmpty(currentBetweenItems);
        Assert.All(currentBetweenItems, current => Assert.Same(caller, current));
    }

    [Fact]
    public async Task The_span_of_an_async_enumeration_ends_after_the_enumeration()
    {
        using var capture = new SpanCapture();
        var endedDuringEnumeration = false;

        await foreach (var _ in TestShop.Warehouse().ReceiveAsync(Deliveries, UnloadingTime))
        {
            endedDuringEnumeration |= capture.Spans.Any(span => span.DisplayName == ReceiveSpan);
        }

        Assert.False(endedDuringEnumeration);
        Assert.Single(capture.Spans, span => span.DisplayName == ReceiveSpan);
    }

    [Fact]
    public async Task The_consumer_span_is_current_between_the_items_of_an_async_enumeration()
    {
        using var capture = new SpanCapture();
        using var caller = SpanCapture.StartCaller();
        var currentBetweenItems = new List<Activity?>();

        await foreach (var _ in TestShop.Warehouse().ReceiveAsync(Deliveries, UnloadingTime))
        {
            currentBetweenItems.Add(Activity.Current);
        }

        Assert.Equal(Deliveries.Length, currentBetweenItems.Count);
        Assert.All(currentBetweenItems, current => Assert.Same(caller, current));
    }

    [Fact]
    public async Task The_span_of_an_async_enumeration_covers_the_awaited_work_of_every_item()
    {
        using var capture = new SpanCapture();

        await foreach (var _ in TestShop.Warehouse().ReceiveAsync(Deliveries, UnloadingTime))
        {
        }

        Assert.True(capture.Span(ReceiveSpan).Duration >= Deliveries.Length * UnloadingTime, $"The span lasted {capture.Span(ReceiveSpan).Duration}.");
    }

    [Fact]
    public async Task Spans_opened_while_producing_an_item_nest_under_the_enumeration_span()
    {
        using var capture = new SpanCapture();

        await foreach (var _ in TestShop.Warehouse().ReceiveAsync(Deliveries, UnloadingTime))
        {
        }

        var receive = capture.Span(ReceiveSpan);
        var restocks = capture.Spans.Where(span => span.DisplayName == RestockSpan).ToList();
        Assert.Equal(Deliveries.Length, restocks.Count);
        Assert.All(restocks, restock => Assert.Equal(receive.SpanId, restock.ParentSpanId));
    }

    [Fact]
    public async Task An_async_enumeration_yields_the_items_the_method_produced()
    {
        using var capture = new SpanCapture();
        var levels = new List<StockLevel>();

        await foreach (var level in TestShop.Warehouse().ReceiveAsync(Deliveries, UnloadingTime))
        {
            levels.Add(level);
        }

        Assert.Equal(
            Deliveries.Select(delivery => new StockLevel(delivery.Sku, TestShop.InitialStock.GetValueOrDefault(delivery.Sku) + delivery.Quantity)),
            levels);
    }

    [Fact]
    public async Task A_failure_while_enumerating_marks_the_span_failed_and_reaches_the_consumer()
    {
        using var capture = new SpanCapture();
        Delivery[] deliveries = [new("book-1", 10), new("mug-2", 0)];

        var caught = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var _ in TestShop.Warehouse().ReceiveAsync(deliveries, UnloadingTime))
            {
            }
        });

        var span = capture.Span(ReceiveSpan);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(caught.GetType().FullName, span.GetTagItem("error.type"));
    }
}
