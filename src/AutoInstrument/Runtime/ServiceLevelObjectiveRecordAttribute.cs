using System;
using System.ComponentModel;

namespace AutoInstrument.Runtime;

/// <summary>
/// Emitted by the generator, one per objective, so that the build (which writes the Prometheus rules file) reads the
/// objectives from the compiled assembly without running it: everything a rule needs, resolved at compile time.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ServiceLevelObjectiveRecordAttribute : Attribute
{
    /// <summary>Records one objective.</summary>
    /// <param name="name">The objective's name.</param>
    /// <param name="target">The fraction of good calls, e.g. 0.995.</param>
    /// <param name="latencyThreshold">The latency threshold in seconds; 0 for an availability objective.</param>
    /// <param name="windowDays">The window in days.</param>
    /// <param name="instrument">The histogram's instrument name, e.g. <c>checkout.duration</c> (unit <c>s</c>).</param>
    /// <param name="buckets">The histogram's bucket boundaries in seconds, invariant "R" format, separated by spaces.</param>
    /// <param name="functions">The <c>code.function.name</c> of every method the objective covers, ordinal order, separated by spaces.</param>
    public ServiceLevelObjectiveRecordAttribute(string name, double target, double latencyThreshold, int windowDays, string instrument, string buckets, string functions)
    {
        Name = name;
        Target = target;
        LatencyThreshold = latencyThreshold;
        WindowDays = windowDays;
        Instrument = instrument;
        Buckets = buckets;
        Functions = functions;
    }

    /// <summary>The objective's name.</summary>
    public string Name { get; }

    /// <summary>The fraction of good calls.</summary>
    public double Target { get; }

    /// <summary>The latency threshold in seconds; 0 for availability.</summary>
    public double LatencyThreshold { get; }

    /// <summary>The window in days.</summary>
    public int WindowDays { get; }

    /// <summary>The histogram's instrument name.</summary>
    public string Instrument { get; }

    /// <summary>The bucket boundaries, space-separated.</summary>
    public string Buckets { get; }

    /// <summary>The covered methods' <c>code.function.name</c>s, space-separated.</summary>
    public string Functions { get; }
}
