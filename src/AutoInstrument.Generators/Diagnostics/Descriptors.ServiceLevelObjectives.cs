using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor ObjectiveThresholdNotBoundary = Create(
        DiagnosticIds.ObjectiveThresholdNotBoundary,
        "Latency threshold is not a bucket boundary",
        "The latency threshold {0} s of objective '{1}' is not a bucket boundary of '{2}' ({3}), so the histogram cannot tell calls faster than it from slower ones and the objective is left out of the rules; use a boundary or add {0} to Buckets",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ObjectiveTargetOutOfRange = Create(
        DiagnosticIds.ObjectiveTargetOutOfRange,
        "Objective target is not between 0 and 1",
        "The target {0} of objective '{1}' is not a fraction strictly between 0 and 1, so the objective is left out of the rules; write 0.995 for 99.5%",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ObjectiveWindowNotPositive = Create(
        DiagnosticIds.ObjectiveWindowNotPositive,
        "Objective window is not positive",
        "The window of {0} days of objective '{1}' is not positive, so the objective is left out of the rules; use a number of days such as 28 or 30",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ObjectiveNotMeasured = Create(
        DiagnosticIds.ObjectiveNotMeasured,
        "Objective is on a method that is not measured",
        "Objective '{0}' is on '{1}', which records no duration histogram (no valid [Measured] on it or its type), so there is nothing to measure it by; add [Measured] to '{1}'",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConflictingObjective = CreateCompilationEnd(
        DiagnosticIds.ConflictingObjective,
        "Objective is declared with other settings elsewhere",
        "Objective '{0}' on '{1}' disagrees with its declaration on '{3}' ({2}), so the objective is left out of the rules; one name is one indicator: give every declaration the same target, window, threshold and instrument, or use another name",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidObjectiveName = Create(
        DiagnosticIds.InvalidObjectiveName,
        "Objective name is not valid",
        "The objective name '{0}' is not valid ({1}), so the objective is left out of the rules; use lowercase letters, digits and single '-', starting with a letter and ending with a letter or digit, at most 63 characters (e.g. 'checkout-latency')",
        Categories.Metrics,
        DiagnosticSeverity.Warning);
}
