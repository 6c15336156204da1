namespace AutoInstrument.Generators.Model;

/// <summary>
/// The <c>ActivitySource</c> and <c>Meter</c> of one assembly: its <c>[assembly: InstrumentationSource]</c>, or its name
/// and version. The telemetry of a method is that of the assembly that declares it, whichever assembly calls it.
/// </summary>
/// <param name="Name">The source and meter name.</param>
/// <param name="Version">The source and meter version.</param>
internal sealed record SourceModel(string Name, string Version);
