using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Inventory;
using Shop.Orders;
using Shop.Payments;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

public sealed class SpanAttributeTests
{
    private static readonly string CancelSpan = $"{nameof(OrderService)}.{nameof(OrderService.Cancel)}";
    private static readonly string ChargeSpan = $"{nameof(PaymentGateway)}.{nameof(PaymentGateway.ChargeAsync)}";

    [Fact]
    public void The_function_name_is_the_method_qualified_with_its_type_and_namespace()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        Assert.Equal($"{typeof(OrderService).FullName}.{nameof(OrderService.Cancel)}", capture.Span(CancelSpan).GetTagItem("code.function.name"));
    }

    [Fact]
    public void The_file_path_and_line_number_point_at_the_method_declaration()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        var span = capture.Span(CancelSpan);
        var path = Assert.IsType<string>(span.GetTagItem("code.file.path"));
        var line = Convert.ToInt32(span.GetTagItem("code.line.number"));
        Assert.Contains($" {nameof(OrderService.Cancel)}(", File.ReadLines(path).ElementAt(line - 1));
    }

    [Fact]
    public async Task A_tagged_parameter_is_recorded_under_the_tag_name()
    {
        using var capture = new SpanCapture();

        await TestShop.Payments().ChargeAsync(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);

        Assert.Equal(TestShop.AffordableOrder.Customer, capture.Span(ChargeSpan).GetTagItem("customer"));
    }

    [Fact]
    public void A_parameter_tagged_without_a_name_is_recorded_under_its_own_name()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        Assert.Equal(TestShop.AffordableOrder.Id, capture.Span(CancelSpan).GetTagItem("orderId"));
    }

    [Fact]
    public async Task A_parameter_without_a_tag_is_not_recorded()
    {
        using var capture = new SpanCapture();

        await TestShop.Payments().ChargeAsync(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);

        Assert.DoesNotContain(capture.Span(ChargeSpan).TagObjects, tag => tag.Key == "amount");
    }

    [Fact]
    public async Task The_tagged_result_is_recorded_when_the_call_completes()
    {
        using var capture = new SpanCapture();

        var outcome = await TestShop.Payments().ChargeAsync(TestShop.ExpensiveOrder.Customer, TestShop.ExpensiveOrder.Total);

        Assert.Equal(outcome.ToString(), capture.Span(ChargeSpan).GetTagItem("payment.outcome"));
    }

    [Fact]
    public void An_enum_parameter_is_recorded_by_name()
    {
        using var capture = new SpanCapture();

        TestShop.Orders().Cancel(TestShop.AffordableOrder.Id);

        var save = capture.Span($"{nameof(IOrderRepository)}.{nameof(IOrderRepository.Save)}");
        Assert.Equal(nameof(OrderStatus.Cancelled), save.GetTagItem("order.status"));
    }

    [Fact]
    public void A_tagged_out_parameter_records_the_value_the_method_assigned()
    {
        using var capture = new SpanCapture();

        TestShop.Warehouse().TryReserve("book-1", 2, out var remaining);

        Assert.Equal(remaining, capture.Span($"{nameof(Warehouse)}.{nameof(Warehouse.TryReserve)}").GetTagItem("stock.remaining"));
    }
}
