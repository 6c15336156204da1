using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the assembly's telemetry class: its one <c>ActivitySource</c> and <c>Meter</c>, the histograms its wrappers
/// record into, a nested class for each referenced assembly whose methods its wrappers instrument, the assembly attribute
/// that lets referencing applications find it, and the start-up registration of every source known at compile time.
/// Every source, meter and histogram comes from <c>SharedTelemetry</c>, so one object of each exists in the process
/// however many assemblies' wrappers use it.
/// </summary>
internal static class TelemetryEmitter
{
    public const string HintName = "AutoInstrument.Telemetry.g.cs";

    private const string Metrics = "global::System.Diagnostics.Metrics";
    private const string Shared = "global::AutoInstrument.Runtime.SharedTelemetry";
    private const string Registry = "global::AutoInstrument.Runtime.InstrumentationRegistry";

    /// <param name="model">The assembly's source and what it references.</param>
    /// <param name="instrumentsOwnCode">The assembly declares instrumented methods.</param>
    /// <param name="instruments">The histograms of the assembly's own meter.</param>
    /// <param name="classes">The telemetry of referenced assemblies that the assembly's wrappers use.</param>
    public static string Emit(TelemetryModel model, bool instrumentsOwnCode, IReadOnlyList<InstrumentModel> instruments, TelemetryClasses classes)
    {
        var writer = new SourceWriter();
        GeneratorInfo.WriteFileHeader(writer);
        if (instrumentsOwnCode)
        {
            writer.Line($"[assembly: global::AutoInstrument.Runtime.InstrumentedAssembly({CSharpLiterals.String(model.SourceName)}, Version = {CSharpLiterals.String(model.Version)})]");
            writer.Line();
        }

        writer.OpenBlock("namespace " + KnownTypes.GeneratedNamespace);
        writer.Line("/// <summary>The telemetry that AutoInstrument generated for this assembly.</summary>");
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock($"internal static class {model.ClassName}");
        writer.Line("/// <summary>The name of the assembly's activity source and meter.</summary>");
        writer.Line($"public const string SourceName = {CSharpLiterals.String(model.SourceName)};");
        if (instrumentsOwnCode)
        {
            writer.Line();
            writer.Line("/// <summary>The source of every span of the methods this assembly declares.</summary>");
            writer.Line($"public static readonly global::System.Diagnostics.ActivitySource ActivitySource = {Shared}.GetActivitySource(SourceName, {CSharpLiterals.String(model.Version)});");
        }

        WriteMeter(writer, "this assembly declares", model.Version, instruments, model.HasInstrumentAdvice);
        foreach (var referenced in classes.Referenced)
        {
            WriteReferenced(writer, referenced, model.HasInstrumentAdvice);
        }

        if (model.CanRegisterAtStartup)
        {
            WriteRegistration(writer, model, instrumentsOwnCode, instruments, classes);
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }

    private static void WriteReferenced(SourceWriter writer, ReferencedTelemetry referenced, bool hasInstrumentAdvice)
    {
        var version = CSharpLiterals.String(referenced.Source.Version);
        writer.Line();
        writer.Line($"/// <summary>The telemetry of <c>{referenced.Source.Name}</c>, which a referenced assembly declares, for the calls this assembly makes into it.</summary>");
        writer.OpenBlock($"public static class {referenced.ClassName}");
        writer.Line("/// <summary>The name of the declaring assembly's activity source and meter.</summary>");
        writer.Line($"public const string SourceName = {CSharpLiterals.String(referenced.Source.Name)};");
        if (referenced.IsTraced)
        {
            writer.Line();
            writer.Line("/// <summary>The declaring assembly's source: the same object it uses itself.</summary>");
            writer.Line($"public static readonly global::System.Diagnostics.ActivitySource ActivitySource = {Shared}.GetActivitySource(SourceName, {version});");
        }

        WriteMeter(writer, "the referenced assembly declares", referenced.Source.Version, referenced.Instruments, hasInstrumentAdvice);
        writer.CloseBlock();
    }

    private static void WriteMeter(SourceWriter writer, string declaredBy, string version, IReadOnlyList<InstrumentModel> instruments, bool hasInstrumentAdvice)
    {
        if (instruments.Count == 0)
        {
            return;
        }

        writer.Line();
        writer.Line($"/// <summary>The meter of every histogram of the methods {declaredBy}.</summary>");
        writer.Line($"public static readonly {Metrics}.Meter Meter = {Shared}.GetMeter(SourceName, {CSharpLiterals.String(version)});");
        foreach (var instrument in instruments)
        {
            WriteHistogram(writer, instrument, hasInstrumentAdvice);
        }
    }

    private static void WriteHistogram(SourceWriter writer, InstrumentModel instrument, bool hasInstrumentAdvice)
    {
        var field = InstrumentFields.FieldName(instrument);
        var name = CSharpLiterals.String(instrument.Name);
        var arguments = $"{name}, \"s\", {CSharpLiterals.String(instrument.Description)}";
        writer.Line();
        writer.Line($"/// <summary>Durations in seconds recorded into <c>{instrument.Name}</c>.</summary>");
        if (!hasInstrumentAdvice)
        {
            writer.Line("// This DiagnosticSource predates bucket advice: AddAutoInstrumentation() applies the buckets as a view.");
        }

        writer.Line($"public static readonly {Metrics}.Histogram<double> {field} = {Shared}.GetHistogram(");
        writer.Line("    Meter,");
        writer.Line($"    {name},");
        if (hasInstrumentAdvice)
        {
            writer.Line("    static meter => meter.CreateHistogram<double>(");
            writer.Line($"        {arguments},");
            writer.Line("        tags: null,");
            writer.Line($"        advice: new {Metrics}.InstrumentAdvice<double> {{ HistogramBucketBoundaries = {BucketArray(instrument)} }}));");
        }
        else
        {
            writer.Line($"    static meter => meter.CreateHistogram<double>({arguments}));");
        }
    }

    private static void WriteRegistration(
        SourceWriter writer,
        TelemetryModel model,
        bool instrumentsOwnCode,
        IReadOnlyList<InstrumentModel> instruments,
        TelemetryClasses classes)
    {
        var referencedSources = new SortedSet<string>(model.ReferencedSources, System.StringComparer.Ordinal);
        referencedSources.UnionWith(classes.Referenced.Select(r => r.Source.Name));
        var sources = (instrumentsOwnCode ? new[] { "SourceName" } : new string[0])
            .Concat(referencedSources.Where(s => !instrumentsOwnCode || s != model.SourceName).Select(CSharpLiterals.String))
            .ToList();
        writer.Line();
        writer.Line("/// <summary>Lets <c>AddAutoInstrumentation()</c> subscribe to this assembly's telemetry and that of the instrumented assemblies it references.</summary>");
        writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        writer.OpenBlock("internal static void Register()");
        if (sources.Count > 0)
        {
            writer.Line($"{Registry}.Register({string.Join(", ", sources)});");
        }

        if (!model.HasInstrumentAdvice)
        {
            foreach (var instrument in instruments)
            {
                writer.Line($"{Registry}.RegisterBuckets(SourceName, {CSharpLiterals.String(instrument.Name)}, {BucketArray(instrument)});");
            }
        }

        // Whoever records first creates a shared histogram. A declaring assembly built without advice registers its
        // buckets only when it is loaded, which may be after the provider was built: the caller registers them too.
        foreach (var referenced in classes.Referenced)
        {
            foreach (var instrument in referenced.Instruments)
            {
                writer.Line($"{Registry}.RegisterBuckets({referenced.ClassName}.SourceName, {CSharpLiterals.String(instrument.Name)}, {BucketArray(instrument)});");
            }
        }

        writer.CloseBlock();
    }

    private static string BucketArray(InstrumentModel instrument) =>
        "new double[] { " + string.Join(", ", instrument.Buckets.Select(b => b.ToString("R", CultureInfo.InvariantCulture))) + " }";
}
