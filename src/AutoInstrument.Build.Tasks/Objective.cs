using System.Collections.Generic;

namespace AutoInstrument.Build.Tasks;

/// <summary>One objective as the generator recorded it in the assembly (<c>ServiceLevelObjectiveRecordAttribute</c>).</summary>
/// <param name="Name">The objective's name, the <c>slo</c> label.</param>
/// <param name="Target">The fraction of good calls, e.g. 0.995.</param>
/// <param name="LatencyThreshold">Seconds a good call may take at most; 0 for availability.</param>
/// <param name="WindowDays">The window in days.</param>
/// <param name="Instrument">The histogram's instrument name (unit <c>s</c>).</param>
/// <param name="Buckets">The bucket boundaries, invariant "R" format.</param>
/// <param name="Functions">The <c>code.function.name</c> of every method the objective covers.</param>
internal sealed record Objective(
    string Name,
    double Target,
    double LatencyThreshold,
    int WindowDays,
    string Instrument,
    IReadOnlyList<string> Buckets,
    IReadOnlyList<string> Functions)
{
    public bool IsLatency => LatencyThreshold > 0;

    /// <summary>1 − target as written (0.005 for 0.995), with no binary-fraction noise.</summary>
    public decimal Budget => 1m - (decimal)Target;
}
