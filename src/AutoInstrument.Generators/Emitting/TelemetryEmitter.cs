using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the assembly's telemetry class: its one <c>ActivitySource</c>, the assembly attribute that lets referencing
/// applications find it, and the start-up registration of every source known at compile time.
/// </summary>
internal static class TelemetryEmitter
{
    public const string HintName = "AutoInstrument.Telemetry.g.cs";

    public static string Emit(TelemetryModel model, bool instrumentsOwnCode)
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
        writer.Line("/// <summary>The name of the assembly's activity source.</summary>");
        writer.Line($"public const string SourceName = {CSharpLiterals.String(model.SourceName)};");
        writer.Line();
        writer.Line("/// <summary>The source of every span generated in this assembly.</summary>");
        writer.Line($"public static readonly global::System.Diagnostics.ActivitySource ActivitySource = new(SourceName, {CSharpLiterals.String(model.Version)});");

        if (model.CanRegisterAtStartup)
        {
            var sources = (instrumentsOwnCode ? new[] { "SourceName" } : new string[0])
                .Concat(model.ReferencedSources.Select(CSharpLiterals.String));
            writer.Line();
            writer.Line("/// <summary>Lets <c>AddAutoInstrumentation()</c> subscribe to this assembly's source and those of the instrumented assemblies it references.</summary>");
            writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.OpenBlock("internal static void Register()")
                .Line($"global::AutoInstrument.Runtime.InstrumentationRegistry.Register({string.Join(", ", sources)});")
                .CloseBlock();
        }

        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
