namespace AutoInstrument.Generators.Model;

/// <summary>One parameter as it appears in the wrapper's signature and in the call of the original.</summary>
/// <param name="Name">The name as written, escaped with <c>@</c> when it is a keyword.</param>
/// <param name="Type">The fully qualified type with nullable annotations.</param>
/// <param name="RefKind">The modifier (<c>ref</c>, <c>out</c>, <c>in</c>, <c>ref readonly</c>) or empty.</param>
/// <param name="IsParams">Declared with <c>params</c>.</param>
/// <param name="IsScoped">Declared with <c>scoped</c>.</param>
/// <param name="IsThis">The <c>this</c> parameter of an extension method.</param>
/// <param name="Tag">The span attribute recorded from it, if any.</param>
/// <param name="Attributes">The flow-analysis attributes written again on it, e.g. <c>[global::…MaybeNullWhen(false)] </c>, or empty.</param>
internal sealed record ParameterModel(
    string Name,
    string Type,
    string RefKind,
    bool IsParams,
    bool IsScoped,
    bool IsThis,
    TagModel? Tag,
    string Attributes);
