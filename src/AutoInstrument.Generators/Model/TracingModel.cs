namespace AutoInstrument.Generators.Model;

/// <summary>What <c>[Traced]</c> asks of the wrapper.</summary>
/// <param name="SpanName">The span name: <c>Type.Method</c> or the name given to the attribute.</param>
/// <param name="Kind">The <c>ActivityKind</c> member name, e.g. <c>Internal</c>.</param>
/// <param name="ReturnTag">The attribute recorded from the result (<c>[return: Tag]</c>), if any.</param>
internal sealed record TracingModel(string SpanName, string Kind, TagModel? ReturnTag);
