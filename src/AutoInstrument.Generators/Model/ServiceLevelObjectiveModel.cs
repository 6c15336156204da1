using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>One valid <c>[ServiceLevelObjective]</c> on one measured method, with the instrument it reads.</summary>
/// <param name="Name">The objective's name, the <c>slo</c> label.</param>
/// <param name="Target">The fraction of good calls, e.g. 0.995.</param>
/// <param name="LatencyThreshold">Seconds a good call may take at most; 0 for an availability objective.</param>
/// <param name="WindowDays">The window in days.</param>
/// <param name="Instrument">The histogram's instrument name.</param>
/// <param name="Buckets">The histogram's bucket boundaries in seconds.</param>
/// <param name="Function">The method's <c>code.function.name</c>.</param>
internal sealed record ObjectiveDeclarationModel(
    string Name,
    double Target,
    double LatencyThreshold,
    int WindowDays,
    string Instrument,
    EquatableArray<double> Buckets,
    string Function);

/// <summary>An objective as the build and the program see it: its declarations merged, its methods in ordinal order.</summary>
internal sealed record ServiceLevelObjectiveModel(
    string Name,
    double Target,
    double LatencyThreshold,
    int WindowDays,
    string Instrument,
    EquatableArray<double> Buckets,
    EquatableArray<string> Functions);
