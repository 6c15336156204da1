using System.Diagnostics;
using System.Diagnostics.Metrics;
using Xunit;

namespace AutoInstrument.Runtime.Tests;

public sealed class InstrumentedCallTests : IDisposable
{
    private readonly ActivitySource _source = new(nameof(InstrumentedCallTests) + Guid.NewGuid());
    private readonly Meter _meter = new(nameof(InstrumentedCallTests) + Guid.NewGuid());
    private readonly ActivityListener _listener;
    private readonly List<Activity> _stopped = [];

    public InstrumentedCallTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source == _source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _source.Dispose();
        _meter.Dispose();
    }

    [Fact]
    public void Every_span_of_a_method_holds_the_same_boxed_line_number()
    {
        StartAndEnd();
        StartAndEnd();

        Assert.Equal(42, _stopped[0].GetTagItem("code.line.number"));
        Assert.Same(_stopped[0].GetTagItem("code.line.number"), _stopped[1].GetTagItem("code.line.number"));
    }

    [Fact]
    public async Task A_pending_task_ends_the_span_when_it_completes_and_the_caller_keeps_its_own_span()
    {
        var completion = new TaskCompletionSource<int>();
        var call = InstrumentedCall.Start(_source, "M", ActivityKind.Internal, "N.T.M", "/src/T.cs", 42);

        var task = call.Complete(completion.Task, "result");

        Assert.Null(Activity.Current);
        Assert.Empty(_stopped);
        completion.SetResult(7);
        await task;
        Assert.Equal(7, Assert.Single(_stopped).GetTagItem("result"));
    }

    [Fact]
    public void A_call_nobody_watches_hands_the_task_back_as_it_is()
    {
        var histogram = _meter.CreateHistogram<double>("unheard");
        var call = InstrumentedCall.Start(histogram, "N.T.M");
        var pending = new TaskCompletionSource<int>().Task;

        Assert.Same(pending, call.Complete(pending));
    }

    private void StartAndEnd() => InstrumentedCall.Start(_source, "M", ActivityKind.Internal, "N.T.M", "/src/T.cs", 42).End();
}
