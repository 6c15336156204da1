using System;

namespace AutoInstrument;

/// <summary>
/// Records the duration of every call of the method in a <c>Histogram&lt;double&gt;</c> in seconds,
/// tagged with <c>code.function.name</c> and, on failure, <c>error.type</c>: rate, errors and duration from one instrument.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
public sealed class MeasuredAttribute : Attribute
{
    /// <summary>Records into the shared <c>method.duration</c> instrument.</summary>
    public MeasuredAttribute()
    {
    }

    /// <summary>Records into an instrument of its own named <paramref name="instrumentName"/>.</summary>
    public MeasuredAttribute(string instrumentName)
    {
        InstrumentName = instrumentName;
    }

    /// <summary>The instrument name; <c>method.duration</c> when not set.</summary>
    public string? InstrumentName { get; }

    /// <summary>The instrument description.</summary>
    public string? Description { get; set; }

    /// <summary>Explicit bucket boundaries in seconds: ascending, positive and distinct.</summary>
    public double[]? Buckets { get; set; }
}
