using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the assembly's telemetry class: its one <c>ActivitySource</c> and <c>Meter</c>, the histograms its wrappers
/// record into, the assembly attribute that lets referencing applications find it, and the start-up registration of
/// every source known at compile time.
/// </summary>
internal static class TelemetryEmitter
{
    public const string HintName = "AutoInstrument.Telemetry.g.cs";

    private const string Metrics = "global::System.Diagnostics.Metrics";

    public static string Emit(TelemetryModel model, bool instrumentsOwnCode, IReadOnlyList<InstrumentModel> instruments)
    {
        var writer = new SourceWriter();
        GeneratorInfo.WriteFileHeader(writer);
        if (instrumentsOwnCode)
        {
            writer.Line($"[assembly: global::AutoInstrument.Runtime.InstrumentedAssembly({CSharpLiterals.String(model.SourceName)})]");
            writer.Line();
        }

        writer.OpenBlock("namespace " + KnownTypes.GeneratedNamespace);
        writer.Line("/// <summary>The telemetry that AutoInstrument generated for this assembly.</summary>");
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static class {model.ClassName}");
        writer.Line("/// <summary>The name of the assembly's activity source and meter.</summary>");
        writer.Line($"public const string SourceName = {CSharpLiterals.String(model.SourceName)};");
        writer.Line();
        writer.Line("/// <summary>The source of every span generated in this assembly.</summary>");
        writer.Line($"public static readonly global::System.Diagnostics.ActivitySource ActivitySource = new(SourceName, {CSharpLiterals.String(model.Version)});");

        if (instruments.Count > 0)
        {
            writer.Line();
            writer.Line("/// <summary>The meter of every histogram generated in this assembly.</summary>");
            writer.Line($"public static readonly {Metrics}.Meter Meter = new(SourceName, {CSharpLiterals.String(model.Version)});");
            foreach (var instrument in instruments)
            {
                WriteHistogram(writer, instrument, model.HasInstrumentAdvice);
            }
        }

        if (model.CanRegisterAtStartup)
        {
            WriteRegistration(writer, model, instrumentsOwnCode, instruments);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteHistogram(SourceWriter writer, InstrumentModel instrument, bool hasInstrumentAdvice)
    {
        var field = InstrumentFields.FieldName(instrument);
        var arguments = $"{CSharpLiterals.String(instrument.Name)}, \"s\", {CSharpLiterals.String(instrument.Description)}";
        writer.Line();
        writer.Line($"/// <summary>Durations in seconds recorded into <c>{instrument.Name}</c>.</summary>");
        if (hasInstrumentAdvice)
        {
            writer.Line($"public static readonly {Metrics}.Histogram<double> {field} = Meter.CreateHistogram<double>(");
            writer.Line($"    {arguments},");
            writer.Line("    tags: null,");
            writer.Line($"    advice: new {Metrics}.InstrumentAdvice<double> {{ HistogramBucketBoundaries = {BucketArray(instrument)} }});");
        }
        else
        {
            writer.Line("// This DiagnosticSource predates bucket advice: AddAutoInstrumentation() applies the buckets as a view.");
            writer.Line($"public static readonly {Metrics}.Histogram<double> {field} = Meter.CreateHistogram<double>({arguments});");
        }
    }

    private static void WriteRegistration(SourceWriter writer, TelemetryModel model, bool instrumentsOwnCode, IReadOnlyList<InstrumentModel> instruments)
    {
        var sources = (instrumentsOwnCode ? new[] { "SourceName" } : new string[0])
            .Concat(model.ReferencedSources.Select(CSharpLiterals.String))
            .ToList();
        writer.Line();
        writer.Line("/// <summary>Lets <c>AddAutoInstrumentation()</c> subscribe to this assembly's telemetry and that of the instrumented assemblies it references.</summary>");
        writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        writer.OpenBlock("internal static void Register()");
        if (sources.Count > 0)
        {
            writer.Line($"global::AutoInstrument.Runtime.InstrumentationRegistry.Register({string.Join(", ", sources)});");
        }

        if (!model.HasInstrumentAdvice)
        {
            foreach (var instrument in instruments)
            {
                writer.Line($"global::AutoInstrument.Runtime.InstrumentationRegistry.RegisterBuckets(SourceName, {CSharpLiterals.String(instrument.Name)}, {BucketArray(instrument)});");
            }
        }

        writer.CloseBlock();
    }

    private static string BucketArray(InstrumentModel instrument) =>
        "new double[] { " + string.Join(", ", instrument.Buckets.Select(b => b.ToString("R", CultureInfo.InvariantCulture))) + " }";
}
