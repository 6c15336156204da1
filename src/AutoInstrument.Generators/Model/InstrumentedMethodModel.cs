namespace AutoInstrument.Generators.Model;

/// <summary>A method and the instrumentation its attributes ask for; one wrapper serves both.</summary>
/// <param name="Method">The method wrapped.</param>
/// <param name="Tracing">What <c>[Traced]</c> asks for, if present.</param>
/// <param name="Measuring">What <c>[Measured]</c> asks for, if present.</param>
/// <param name="DeclaringSource">
/// The source and meter of the referenced assembly that declares the method, which its spans and measurements belong to;
/// null when the method is declared in the compilation, whose own telemetry class then serves it.
/// </param>
internal sealed record InstrumentedMethodModel(MethodModel Method, TracingModel? Tracing, MeasuringModel? Measuring, SourceModel? DeclaringSource = null);
