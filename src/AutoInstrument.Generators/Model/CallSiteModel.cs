namespace AutoInstrument.Generators.Model;

/// <summary>One call of an instrumented method that the generator intercepts.</summary>
/// <param name="TargetKey">The called method's identity as a string, the same for every call of it: what call sites are grouped by.</param>
/// <param name="Target">The called method's model.</param>
/// <param name="Location">Where the call is.</param>
internal sealed record CallSiteModel(string TargetKey, InstrumentedMethodModel Target, InterceptionLocationModel Location);

/// <summary>The arguments of <c>[InterceptsLocation(version, data)]</c> and a readable place for a comment.</summary>
internal sealed record InterceptionLocationModel(int Version, string Data, string DisplayLocation);
