using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>The assembly's telemetry class: its <c>ActivitySource</c> and the registration of every known source.</summary>
/// <param name="ClassName">The generated class name, unique to the assembly so internals visible to friends never clash.</param>
/// <param name="SourceName">The source (and meter) name.</param>
/// <param name="Version">The source version.</param>
/// <param name="ReferencedSources">Sources of referenced assemblies built with AutoInstrument.</param>
/// <param name="ReferencedMethodNames">Names of instrumented methods in those assemblies, to find their call sites.</param>
/// <param name="CanRegisterAtStartup">The target framework has module initializers.</param>
/// <param name="HasInstrumentAdvice">The referenced System.Diagnostics.DiagnosticSource can carry bucket advice (9.0 and later).</param>
internal sealed record TelemetryModel(
    string ClassName,
    string SourceName,
    string Version,
    EquatableArray<string> ReferencedSources,
    EquatableArray<string> ReferencedMethodNames,
    bool CanRegisterAtStartup,
    bool HasInstrumentAdvice);
