using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the struct that carries a measured method's metric tags to the runtime, which records them when the call
/// ends, without touching the heap: up to three tags go to the <c>Record</c> overloads that take them one by one (the
/// SDK's fastest path), more travel in a <c>TagList</c>. Enums are recorded by their cached names, numbers as cached
/// boxes and booleans as literals. A method measured without metric tags uses the runtime's <c>FunctionNameTags</c>.
/// </summary>
internal static class DurationTagsEmitter
{
    private const string MetricTagValues = "global::AutoInstrument.Runtime.MetricTagValues";
    private const string KeyValuePair = "global::System.Collections.Generic.KeyValuePair<string, object?>";

    public static string TypeName(string helperBaseName) => helperBaseName + "_DurationTags";

    public static void Write(
        SourceWriter writer,
        MethodModel method,
        MeasuringModel measuring,
        string helperBaseName,
        string typeParameters,
        IEnumerable<string> constraints)
    {
        var parameters = measuring.Tags.Select(t => method.Parameters.First(p => p.Name == t.ParameterName)).ToList();
        writer.Line($"private readonly struct {TypeName(helperBaseName)}{typeParameters} : global::AutoInstrument.Runtime.IDurationTags");
        foreach (var constraint in constraints)
        {
            writer.Line("    " + constraint);
        }

        writer.OpenBrace();
        foreach (var parameter in parameters)
        {
            writer.Line($"private readonly {parameter.Type} {Field(parameter.Name)};");
        }

        writer.Line();
        writer.OpenBlock($"public {TypeName(helperBaseName)}({string.Join(", ", parameters.Select(p => $"{p.Type} {p.Name}"))})");
        foreach (var parameter in parameters)
        {
            writer.Line($"{Field(parameter.Name)} = {parameter.Name};");
        }

        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("public void Record(global::System.Diagnostics.Metrics.Histogram<double> histogram, double seconds, string? errorType)");
        WriteRecord(writer, method, measuring);
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteRecord(SourceWriter writer, MethodModel method, MeasuringModel measuring)
    {
        var tags = new List<(string Name, string Value)> { ("code.function.name", CSharpLiterals.String(method.QualifiedName)) };
        foreach (var tag in measuring.Tags)
        {
            var field = Field(tag.ParameterName);
            var value = tag.Value switch
            {
                MetricTagValue.EnumName => $"{MetricTagValues}.Name({field})",
                MetricTagValue.Boolean => $"{field} ? \"true\" : \"false\"",
                MetricTagValue.CachedBox => $"{MetricTagValues}.Box({field})",
                _ => field,
            };
            tags.Add((tag.Name, value));
        }

        if (tags.Count + 1 <= 3)
        {
            var pairs = tags.Select(t => $"new {KeyValuePair}({CSharpLiterals.String(t.Name)}, {t.Value})").ToList();
            writer.OpenBlock("if (errorType is null)").Line($"histogram.Record(seconds, {string.Join(", ", pairs)});").Line("return;").CloseBlock();
            writer.Line();
            writer.Line($"histogram.Record(seconds, {string.Join(", ", pairs.Append($"new {KeyValuePair}(\"error.type\", errorType)"))});");
            return;
        }

        writer.Line($"var tags = new global::System.Diagnostics.TagList {{ {string.Join(", ", tags.Select(t => $"{{ {CSharpLiterals.String(t.Name)}, {t.Value} }}"))} }};");
        writer.OpenBlock("if (errorType is not null)").Line("tags.Add(\"error.type\", errorType);").CloseBlock();
        writer.Line();
        writer.Line("histogram.Record(seconds, in tags);");
    }

    private static string Field(string parameterName) => "_" + parameterName.TrimStart('@');
}
