using System.ComponentModel;
using System.Diagnostics;

namespace AutoInstrument.Runtime;

/// <summary>Turns <see cref="Stopwatch.GetTimestamp"/> readings into seconds without allocating. Called by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Durations
{
    private static readonly double SecondsPerTick = 1.0 / Stopwatch.Frequency;

    /// <summary>The seconds elapsed since <paramref name="startTimestamp"/>, a value of <see cref="Stopwatch.GetTimestamp"/>.</summary>
    public static double SecondsSince(long startTimestamp) => (Stopwatch.GetTimestamp() - startTimestamp) * SecondsPerTick;
}
