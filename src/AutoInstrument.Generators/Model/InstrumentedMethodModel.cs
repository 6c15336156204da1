namespace AutoInstrument.Generators.Model;

/// <summary>A method and the instrumentation its attributes ask for; one wrapper serves both.</summary>
/// <param name="Method">The method wrapped.</param>
/// <param name="Tracing">What <c>[Traced]</c> asks for, if present.</param>
/// <param name="Measuring">What <c>[Measured]</c> asks for, if present.</param>
internal sealed record InstrumentedMethodModel(MethodModel Method, TracingModel? Tracing, MeasuringModel? Measuring);
