namespace AutoInstrument.Generators.Model;

/// <summary>A method and the instrumentation its attributes ask for; one wrapper serves both.</summary>
internal sealed record InstrumentedMethodModel(MethodModel Method, TracingModel? Tracing);
