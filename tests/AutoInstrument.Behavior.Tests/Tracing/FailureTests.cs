using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Payments;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

public sealed class FailureTests
{
    private static readonly string RefundSpan = $"{nameof(PaymentGateway)}.{nameof(PaymentGateway.Refund)}";
    private static readonly string ChargeSpan = $"{nameof(PaymentGateway)}.{nameof(PaymentGateway.ChargeAsync)}";

    [Fact]
    public void A_failed_call_sets_the_error_status_with_the_exception_message()
    {
        using var capture = new SpanCapture();
        var failure = new InvalidOperationException("The card network is down.");

        Assert.ThrowsAny<Exception>(() => Refund(failure));

        var span = capture.Span(RefundSpan);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(failure.Message, span.StatusDescription);
    }

    [Fact]
    public void A_failed_call_records_the_exception_type_as_error_type()
    {
        using var capture = new SpanCapture();
        var failure = new TimeoutException("The card network did not answer.");

        Assert.ThrowsAny<Exception>(() => Refund(failure));

        Assert.Equal(typeof(TimeoutException).FullName, capture.Span(RefundSpan).GetTagItem("error.type"));
    }

    [Fact]
    public void A_failed_call_adds_an_exception_event_with_type_and_message()
    {
        using var capture = new SpanCapture();
        var failure = new InvalidOperationException("The card network is down.");

        Assert.ThrowsAny<Exception>(() => Refund(failure));

        var exceptionEvent = Assert.Single(capture.Span(RefundSpan).Events, e => e.Name == "exception");
        var tags = exceptionEvent.Tags.ToDictionary(tag => tag.Key, tag => tag.Value);
        Assert.Equal(typeof(InvalidOperationException).FullName, tags["exception.type"]);
        Assert.Equal(failure.Message, tags["exception.message"]);
    }

    [Fact]
    public void The_caller_receives_the_very_exception_that_was_thrown()
    {
        using var capture = new SpanCapture();
        var failure = new InvalidOperationException("The card network is down.");

        var caught = Assert.ThrowsAny<Exception>(() => Refund(failure));

        Assert.Same(failure, caught);
    }

    [Fact]
    public void The_rethrown_exception_keeps_the_stack_of_the_code_that_threw_it()
    {
        using var capture = new SpanCapture();

        var caught = Assert.ThrowsAny<Exception>(() => Refund(new InvalidOperationException("The card network is down.")));

        Assert.Contains($"{nameof(FailingCardNetwork)}.{nameof(FailingCardNetwork.Refund)}(", TopFrame(caught));
    }

    [Fact]
    public async Task A_failed_async_call_marks_its_span_as_failed()
    {
        using var capture = new SpanCapture();
        var failure = new HttpRequestException("The card network refused the connection.");

        await Assert.ThrowsAnyAsync<Exception>(() => Charge(failure));

        var span = capture.Span(ChargeSpan);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(typeof(HttpRequestException).FullName, span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task The_caller_of_a_failed_async_call_receives_the_very_exception_that_was_thrown()
    {
        using var capture = new SpanCapture();
        var failure = new HttpRequestException("The card network refused the connection.");

        var caught = await Assert.ThrowsAnyAsync<Exception>(() => Charge(failure));

        Assert.Same(failure, caught);
        Assert.Contains($"{nameof(FailingCardNetwork)}.{nameof(FailingCardNetwork.AuthorizeAsync)}(", TopFrame(caught));
    }

    [Fact]
    public void A_successful_call_leaves_the_status_unset_and_records_no_error()
    {
        using var capture = new SpanCapture();

        TestShop.Payments().Refund(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);

        var span = capture.Span(RefundSpan);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Empty(span.Events);
    }

    private static void Refund(Exception failure) =>
        TestShop.Payments(new FailingCardNetwork(failure)).Refund(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);

    private static Task<PaymentOutcome> Charge(Exception failure) =>
        TestShop.Payments(new FailingCardNetwork(failure)).ChargeAsync(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total);

    private static string TopFrame(Exception exception) => exception.StackTrace!.Split('\n')[0];
}
