using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Runtime;

/// <summary>
/// One call of an instrumented method: its span, null when nobody samples it, and the start of its duration when it is
/// measured. The wrapper tags it, calls the method and ends it once, with <see cref="End"/> or <see cref="Fail"/>, or
/// hands the returned task or enumeration to <c>Complete</c>. Used by generated code.
/// </summary>
/// <typeparam name="TTags">How the duration is tagged; <see cref="NotMeasured"/> when there is none.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly partial struct InstrumentedCall<TTags>
    where TTags : struct, IDurationTags
{
    private readonly Histogram<double>? _histogram;
    private readonly TTags _tags;
    private readonly long _startTimestamp;

    internal InstrumentedCall(Activity? activity, Histogram<double>? histogram, TTags tags)
    {
        Activity = activity;

        // A histogram nobody listens to would record nothing: a call with neither is off, and ends at no cost.
        _histogram = histogram is { Enabled: true } ? histogram : null;
        _tags = tags;
        _startTimestamp = _histogram is null ? 0 : Stopwatch.GetTimestamp();
    }

    /// <summary>The call's span; null when nobody samples it.</summary>
    public Activity? Activity { get; }

    /// <summary>Nobody samples the span and nobody listens to the histogram: the work needs no watching.</summary>
    internal bool IsOff => Activity is null && _histogram is null;

    /// <summary>The span wants its attributes: only then are arguments boxed into tags.</summary>
    public bool IsAllDataRequested => Activity?.IsAllDataRequested == true;

    /// <summary>Sets a span attribute; the wrapper calls it only when <see cref="IsAllDataRequested"/>.</summary>
    public void SetTag(string name, object? value) => Activity?.SetTag(name, value);

    /// <summary>The call succeeded: records its duration and ends its span.</summary>
    public void End() => Finish(null);

    /// <summary>The call threw <paramref name="exception"/>: marks the span failed, records the duration with <c>error.type</c> and ends the span. The caller rethrows.</summary>
    public void Fail(Exception exception)
    {
        RecordFailure(exception);
        Activity?.Dispose();
    }

    private void RecordFailure(Exception exception)
    {
        MarkSpanFailed(exception);
        RecordDuration(exception.GetType().FullName);
    }

    private void MarkSpanFailed(Exception exception)
    {
        if (Activity is not null)
        {
            ActivityFailure.Record(Activity, exception);
        }
    }

    /// <summary>A step of an enumeration threw: marks the span failed; returns the <c>error.type</c> its duration records at the end.</summary>
    internal string? StepFailed(Exception exception)
    {
        MarkSpanFailed(exception);
        return exception.GetType().FullName;
    }

    /// <summary>Ends an enumeration: one duration, with <c>error.type</c> when a step failed, and the span.</summary>
    internal void Finish(string? errorType)
    {
        RecordDuration(errorType);
        Activity?.Dispose();
    }

    private void RecordDuration(string? errorType)
    {
        if (_histogram is not null)
        {
            _tags.Record(_histogram, Durations.SecondsSince(_startTimestamp), errorType);
        }
    }

    private void SetResultTag<TResult>(string? name, TResult result)
    {
        if (name is not null && IsAllDataRequested)
        {
            Activity!.SetTag(name, ResultTag<TResult>.Value(result));
        }
    }

    // The span stays open until the work completes; the caller continues under its own span.
    private void LeaveSpan()
    {
        if (Activity is not null)
        {
            Activity.Current = Activity.Parent;
        }
    }
}
