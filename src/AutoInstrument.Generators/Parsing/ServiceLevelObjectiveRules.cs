using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>What a valid <c>[ServiceLevelObjective]</c> is, shared by the generator (which skips invalid ones) and
/// <c>ServiceLevelObjectiveAnalyzer</c> (which reports them, AI0040–AI0045).</summary>
internal static class ServiceLevelObjectiveRules
{
    public const string AttributeName = "AutoInstrument.ServiceLevelObjectiveAttribute";
    public const int DefaultWindowDays = 30;
    public const int MaxNameLength = 63;

    /// <summary>Why a name is not valid, or null: an RFC 1123 label (as OpenSLO's <c>metadata.name</c>), lowercase
    /// letters, digits and single '-', starting with a letter, ending with a letter or digit, at most 63 characters.</summary>
    public static string? NameProblem(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Length > MaxNameLength)
        {
            return $"it is {name.Length} characters long";
        }

        if (name[0] is < 'a' or > 'z')
        {
            return $"it starts with '{name[0]}'";
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return $"it contains '{c}'";
            }
        }

        return name[name.Length - 1] == '-' ? "it ends with '-'"
            : name.Contains("--") ? "it contains '--'"
            : null;
    }

    public static bool IsTargetValid(double target) => target > 0 && target < 1;

    public static bool IsWindowValid(int windowDays) => windowDays > 0;

    public static bool IsBoundary(IReadOnlyList<double> buckets, double threshold) => buckets.Contains(threshold);

    /// <summary>The boundaries either side of a threshold that is not one, for the message of AI0040.</summary>
    public static string NearestBoundaries(IReadOnlyList<double> buckets, double threshold)
    {
        var below = buckets.Where(b => b < threshold).Select(b => (double?)b).LastOrDefault();
        var above = buckets.Where(b => b > threshold).Select(b => (double?)b).FirstOrDefault();
        return (below, above) switch
        {
            ({ } b, { } a) => $"the nearest are {Format(b)} and {Format(a)}",
            ({ } b, null) => $"the largest is {Format(b)}",
            (null, { } a) => $"the smallest is {Format(a)}",
            _ => "it has none",
        };
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string? Name(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;

    public static double Target(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 1 && attribute.ConstructorArguments[1].Value is { } value
            ? Convert.ToDouble(value, CultureInfo.InvariantCulture)
            : double.NaN;

    public static double LatencyThreshold(AttributeData attribute) =>
        InstrumentationAttributes.Named(attribute, "LatencyThreshold")?.Value is { } value ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;

    public static bool HasLatencyThreshold(AttributeData attribute) => InstrumentationAttributes.Named(attribute, "LatencyThreshold") is not null;

    public static int WindowDays(AttributeData attribute) =>
        InstrumentationAttributes.Named(attribute, "WindowDays")?.Value is int days ? days : DefaultWindowDays;

    /// <summary>What two declarations of one name disagree on, or null when they agree.</summary>
    public static string? Conflict(ObjectiveDeclarationModel first, ObjectiveDeclarationModel other)
    {
        var differences = new List<string>();
        if (first.Target != other.Target)
        {
            differences.Add($"target {Format(other.Target)} instead of {Format(first.Target)}");
        }

        if (first.WindowDays != other.WindowDays)
        {
            differences.Add($"window {other.WindowDays} days instead of {first.WindowDays}");
        }

        if (first.LatencyThreshold != other.LatencyThreshold)
        {
            differences.Add(other.LatencyThreshold == 0 ? "no latency threshold" : $"latency threshold {Format(other.LatencyThreshold)} s instead of {(first.LatencyThreshold == 0 ? "none" : Format(first.LatencyThreshold) + " s")}");
        }

        if (first.Instrument != other.Instrument)
        {
            differences.Add($"instrument '{other.Instrument}' instead of '{first.Instrument}'");
        }

        return differences.Count == 0 ? null : string.Join(", ", differences);
    }
}
