namespace AutoInstrument.Generators.Diagnostics;

/// <summary>The IDs of the <c>[ServiceLevelObjective]</c> rules, reported by <c>ServiceLevelObjectiveAnalyzer</c>.</summary>
internal static partial class DiagnosticIds
{
    public const string ObjectiveThresholdNotBoundary = "AI0040";
    public const string ObjectiveTargetOutOfRange = "AI0041";
    public const string ObjectiveWindowNotPositive = "AI0042";
    public const string ObjectiveNotMeasured = "AI0043";
    public const string ConflictingObjective = "AI0044";
    public const string InvalidObjectiveName = "AI0045";
}
