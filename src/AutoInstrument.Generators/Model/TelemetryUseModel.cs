namespace AutoInstrument.Generators.Model;

/// <summary>
/// What an intercepted method asks of the telemetry class: the source it records into (null for a method of this
/// assembly), whether it opens spans and the histogram it feeds. The telemetry file is written from these alone, so a
/// call site that moves or a new call of a method already called leaves it as it is.
/// </summary>
/// <param name="DeclaringSource">The referenced assembly's source; null for a method declared in this compilation.</param>
/// <param name="IsTraced">The method opens spans.</param>
/// <param name="Instrument">The histogram the method records into, if it is measured.</param>
internal sealed record TelemetryUseModel(SourceModel? DeclaringSource, bool IsTraced, InstrumentModel? Instrument)
{
    public static TelemetryUseModel Of(InstrumentedMethodModel target) =>
        new(target.DeclaringSource, target.Tracing is not null, target.Measuring?.Instrument);

    /// <summary>A key that orders uses the same way whatever order their call sites arrived in.</summary>
    public string OrderKey => string.Join(
        "|",
        DeclaringSource?.Name,
        DeclaringSource?.Version,
        IsTraced,
        Instrument?.Name,
        Instrument?.Description,
        Instrument?.IsDescriptionGiven,
        Instrument is null ? null : string.Join(",", Instrument.Buckets));
}
