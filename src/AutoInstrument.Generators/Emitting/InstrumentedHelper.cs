namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// The method a wrapper hands its enabled path to, so that the wrapper itself is only the check of whether anybody
/// listens and inlines into the caller.
/// </summary>
/// <param name="Declaration">The helper's declaration line, without constraints.</param>
/// <param name="Call">The expression that calls it with the wrapper's parameters.</param>
internal sealed record InstrumentedHelper(string Declaration, string Call);
