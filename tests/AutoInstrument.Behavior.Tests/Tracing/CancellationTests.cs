using System.Diagnostics;
using AutoInstrument.Behavior.Tests.Infrastructure;
using Shop.Payments;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Tracing;

public sealed class CancellationTests
{
    private static readonly string ChargeSpan = $"{nameof(PaymentGateway)}.{nameof(PaymentGateway.ChargeAsync)}";

    [Fact]
    public async Task A_cancelled_call_marks_its_span_failed_with_the_cancellation_type()
    {
        using var capture = new SpanCapture();
        using var cancellation = new CancellationTokenSource();

        var caught = await ChargeThenCancel(cancellation);

        var span = capture.Span(ChargeSpan);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(caught.GetType().FullName, span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task The_caller_observes_the_cancellation_of_its_own_token()
    {
        using var capture = new SpanCapture();
        using var cancellation = new CancellationTokenSource();

        var caught = await ChargeThenCancel(cancellation);

        Assert.Equal(cancellation.Token, caught.CancellationToken);
    }

    // The card network takes far longer than the test: the call is still pending when it is cancelled.
    private static async Task<OperationCanceledException> ChargeThenCancel(CancellationTokenSource cancellation)
    {
        var gateway = TestShop.Payments(new SimulatedCardNetwork(TimeSpan.FromMinutes(10), TestShop.CardLimit));

        var pending = gateway.ChargeAsync(TestShop.AffordableOrder.Customer, TestShop.AffordableOrder.Total, cancellation.Token);
        await cancellation.CancelAsync();

        return await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }
}
