using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Inventory;
using Shop.Orders;
using Shop.Pricing;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

/// <summary>
/// Every shape of method the user can mark is traced and keeps its meaning: interface members, generic methods and
/// types, struct methods, <c>ref</c>/<c>out</c> parameters, extension and private methods, a class-level attribute.
/// </summary>
public sealed class MethodShapeTests
{
    private static readonly string FindSpan = $"{nameof(Catalog)}.{nameof(Catalog.Find)}";

    [Fact]
    public async Task A_call_through_an_interface_is_traced_when_the_interface_member_carries_the_attribute()
    {
        using var capture = new SpanCapture();
        IOrderRepository repository = new InMemoryOrderRepository(TestShop.AffordableOrder);

        await repository.FindAsync(TestShop.AffordableOrder.Id);

        Assert.Equal(TestShop.AffordableOrder.Id, capture.Span($"{nameof(IOrderRepository)}.{nameof(IOrderRepository.FindAsync)}").GetTagItem("order.id"));
    }

    [Fact]
    public void A_generic_method_is_traced_for_each_type_argument()
    {
        using var capture = new SpanCapture();
        var catalog = new Catalog(new Book("book-1", "Dune"), new Gadget("lamp-3", "Arc"));

        catalog.Find<Book>("book-1");
        catalog.Find<Gadget>("lamp-3");

        Assert.Equal(["book-1", "lamp-3"], capture.Spans.Where(span => span.DisplayName == FindSpan).Select(span => span.GetTagItem("sku")));
    }

    [Fact]
    public void A_generic_method_returns_what_its_type_argument_asks_for()
    {
        using var capture = new SpanCapture();
        var book = new Book("book-1", "Dune");
        var catalog = new Catalog(book);

        Assert.Same(book, catalog.Find<Book>(book.Sku));
        Assert.Null(catalog.Find<Gadget>(book.Sku));
    }

    [Fact]
    public void A_method_of_a_generic_type_is_traced_and_acts_on_its_instance()
    {
        using var capture = new SpanCapture();
        var bin = new Bin<Book>();
        var book = new Book("book-1", "Dune");

        bin.Put(book);

        Assert.Same(book, Assert.Single(bin.Items));
        Assert.Single(capture.Spans, span => span.DisplayName == $"{nameof(Bin<Book>)}.{nameof(Bin<Book>.Put)}");
    }

    [Fact]
    public void A_struct_method_changes_the_caller_struct_not_a_copy()
    {
        using var capture = new SpanCapture();
        var counter = new ShelfCounter();

        counter.Add(3);
        counter.Add(4);

        Assert.Equal(7, counter.Total);
        Assert.Equal(2, capture.Spans.Count(span => span.DisplayName == $"{nameof(ShelfCounter)}.{nameof(ShelfCounter.Add)}"));
    }

    [Fact]
    public void A_ref_parameter_carries_the_method_change_back_to_the_caller()
    {
        using var capture = new SpanCapture();
        var wanted = TestShop.InitialStock["mug-2"] + 3;
        var outstanding = wanted;

        var picked = TestShop.Warehouse().Pick("mug-2", ref outstanding);

        Assert.Equal(TestShop.InitialStock["mug-2"], picked);
        Assert.Equal(wanted - picked, outstanding);
        Assert.Equal(wanted, capture.Span($"{nameof(Warehouse)}.{nameof(Warehouse.Pick)}").GetTagItem("quantity"));
    }

    [Fact]
    public void An_out_parameter_reaches_the_caller()
    {
        using var capture = new SpanCapture();

        var reserved = TestShop.Warehouse().TryReserve("book-1", 2, out var remaining);

        Assert.True(reserved);
        Assert.Equal(TestShop.InitialStock["book-1"] - 2, remaining);
    }

    [Fact]
    public void An_extension_method_is_traced()
    {
        using var capture = new SpanCapture();

        var qualifies = TestShop.AffordableOrder.QualifiesForFreeShipping(threshold: TestShop.AffordableOrder.Total);

        Assert.True(qualifies);
        Assert.Single(capture.Spans, span => span.DisplayName == $"{nameof(OrderPricing)}.{nameof(OrderPricing.QualifiesForFreeShipping)}");
    }

    [Fact]
    public void The_attribute_on_a_class_traces_its_public_methods()
    {
        using var capture = new SpanCapture();

        TestShop.PriceList().IsCached("book-1");

        Assert.Single(capture.Spans, span => span.DisplayName == $"{nameof(PriceList)}.{nameof(PriceList.IsCached)}");
    }

    [Fact]
    public async Task A_private_method_is_traced_when_it_carries_the_attribute()
    {
        using var capture = new SpanCapture();

        await TestShop.PriceList().GetPriceAsync("book-1");

        Assert.Equal(
            capture.Span($"{nameof(PriceList)}.{nameof(PriceList.GetPriceAsync)}").SpanId,
            capture.Span("price_list.lookup").ParentSpanId);
    }
}
