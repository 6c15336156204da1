namespace AutoInstrument.Generators.Diagnostics;

/// <summary>Rules for hand-written tracing and metrics code next to the generated kind (AI2001–AI2999).</summary>
internal static partial class DiagnosticIds
{
    public const string ActivityNotStopped = "AI2001";
    public const string TelemetrySourcePerCall = "AI2002";
    public const string SpanNameBuiltAtRunTime = "AI2003";
    public const string CurrentActivityNotRestored = "AI2004";
    public const string DurationUnitMismatch = "AI2005";
}
