namespace AutoInstrument.Generators.Model;

/// <summary>A value recorded as a span attribute.</summary>
/// <param name="Name">The attribute name, e.g. <c>user.id</c>.</param>
/// <param name="IsEnum">Enums are recorded by name (<c>ToString()</c>), as exporters would otherwise show numbers.</param>
/// <param name="IsNullableValueType">A <c>Nullable&lt;T&gt;</c>: recorded only when it has a value.</param>
internal sealed record TagModel(string Name, bool IsEnum, bool IsNullableValueType);
