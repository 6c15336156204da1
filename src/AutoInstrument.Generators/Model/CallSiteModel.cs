namespace AutoInstrument.Generators.Model;

/// <summary>One call of an instrumented method that the generator intercepts.</summary>
internal sealed record CallSiteModel(InstrumentedMethodModel Target, InterceptionLocationModel Location);

/// <summary>The arguments of <c>[InterceptsLocation(version, data)]</c> and a readable place for a comment.</summary>
internal sealed record InterceptionLocationModel(int Version, string Data, string DisplayLocation);
