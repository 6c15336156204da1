namespace AutoInstrument.Generators;

/// <summary>Names of the pipeline steps, so tests can check that each stays cached across unrelated edits.</summary>
internal static class TrackingNames
{
    public const string TracedDeclarations = nameof(TracedDeclarations);
    public const string MeasuredDeclarations = nameof(MeasuredDeclarations);
    public const string Declarations = nameof(Declarations);
    public const string Telemetry = nameof(Telemetry);
    public const string InstrumentedNames = nameof(InstrumentedNames);
    public const string AnyInstrumented = nameof(AnyInstrumented);
    public const string CallCandidates = nameof(CallCandidates);
    public const string MatchingCalls = nameof(MatchingCalls);
    public const string CallSites = nameof(CallSites);
    public const string InterceptionGroups = nameof(InterceptionGroups);
    public const string TelemetryUses = nameof(TelemetryUses);
    public const string InterceptorsEnabled = nameof(InterceptorsEnabled);
}
