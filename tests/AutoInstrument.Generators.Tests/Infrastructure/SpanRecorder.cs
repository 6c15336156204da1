using System.Collections.Concurrent;
using System.Diagnostics;

namespace AutoInstrument.Generators.Tests.Infrastructure;

/// <summary>Listens to one activity source and keeps every span it stops.</summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _spans = new();

    public SpanRecorder(string sourceName)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == sourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Spans => _spans.ToArray();

    public Activity Single(string name) => Assert.Single(Spans, s => s.DisplayName == name);

    public void Dispose() => _listener.Dispose();
}
