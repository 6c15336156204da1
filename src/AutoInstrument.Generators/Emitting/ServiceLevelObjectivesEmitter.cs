using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using AutoInstrument.Generators.Parsing;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the assembly's objectives twice: as <c>[assembly: ServiceLevelObjectiveRecord(…)]</c>, which the build task
/// reads from the compiled assembly to write the Prometheus rules file, and as the internal
/// <c>AutoInstrument.Generated.ServiceLevelObjectives</c>, which gives the program each objective's
/// <c>ErrorBudget</c> by name.
/// </summary>
internal static class ServiceLevelObjectivesEmitter
{
    public const string HintName = "AutoInstrument.ServiceLevelObjectives.g.cs";

    private const string ErrorBudget = "global::AutoInstrument.Slo.ErrorBudget";

    public static string Emit(EquatableArray<ServiceLevelObjectiveModel> objectives)
    {
        var writer = new SourceWriter();
        GeneratorInfo.WriteFileHeader(writer);
        foreach (var objective in objectives)
        {
            writer.Line("[assembly: global::AutoInstrument.Runtime.ServiceLevelObjectiveRecord("
                + CSharpLiterals.String(objective.Name) + ", "
                + Number(objective.Target) + ", "
                + Number(objective.LatencyThreshold) + ", "
                + objective.WindowDays.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", "
                + CSharpLiterals.String(objective.Instrument) + ", "
                + CSharpLiterals.String(string.Join(" ", objective.Buckets.Select(ServiceLevelObjectiveRules.Format))) + ", "
                + CSharpLiterals.String(string.Join(" ", objective.Functions)) + ")]");
        }

        writer.Line();
        writer.OpenBlock("namespace " + KnownTypes.GeneratedNamespace);
        writer.Line("/// <summary>The service level objectives declared in this assembly, as error budgets by name.</summary>");
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("internal static class ServiceLevelObjectives");
        foreach (var objective in objectives)
        {
            var kind = objective.LatencyThreshold == 0
                ? "calls that do not fail"
                : $"calls that succeed within {ServiceLevelObjectiveRules.Format(objective.LatencyThreshold)} s";
            writer.Line($"/// <summary>'{objective.Name}': {ServiceLevelObjectiveRules.Format(objective.Target * 100)}% of {kind}, over {objective.WindowDays} days.</summary>");
            writer.Line($"public static {ErrorBudget} {PropertyName(objective.Name)} {{ get; }} = {ErrorBudget}.ForObjective({Number(objective.Target)}, global::System.TimeSpan.FromDays({objective.WindowDays}));");
            writer.Line();
        }

        writer.Line("/// <summary>The names of the objectives, in ordinal order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Names { get; } = new string[]");
        writer.OpenBrace();
        foreach (var objective in objectives)
        {
            writer.Line(CSharpLiterals.String(objective.Name) + ",");
        }

        writer.CloseBlock(";");
        writer.Line();
        writer.Line("/// <summary>The error budget of the objective <paramref name=\"name\"/>, or null when none has that name.</summary>");
        writer.Line($"public static {ErrorBudget}? Find(string name) => name switch");
        writer.OpenBrace();
        foreach (var objective in objectives)
        {
            writer.Line($"{CSharpLiterals.String(objective.Name)} => {PropertyName(objective.Name)},");
        }

        writer.Line("_ => null,");
        writer.CloseBlock(";");
        writer.Line();
        writer.Line("/// <summary>The error budget of the objective <paramref name=\"name\"/>.</summary>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No objective has that name.</exception>");
        writer.Line($"public static {ErrorBudget} Get(string name) =>");
        writer.Line($"    Find(name) ?? throw new global::System.Collections.Generic.KeyNotFoundException(\"No service level objective is named '\" + name + \"'.\");");
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>
    /// <c>checkout-latency</c> becomes <c>CheckoutLatency</c>, <c>api-2</c> <c>Api_2</c>: names are lowercase with single
    /// hyphens (AI0045), so the capitals and underscores say where the hyphens were and no two names meet.
    /// </summary>
    public static string PropertyName(string name) =>
        string.Concat(name.Split('-').Select(p => char.IsDigit(p[0]) ? "_" + p : char.ToUpperInvariant(p[0]) + p.Substring(1)));

    private static string Number(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d";
}
