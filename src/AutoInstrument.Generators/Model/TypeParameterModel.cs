namespace AutoInstrument.Generators.Model;

/// <summary>A type parameter of the wrapper, with its <c>where</c> clause (empty when unconstrained) and its flow-analysis attributes (empty when none).</summary>
internal sealed record TypeParameterModel(string Name, string Constraints, string Attributes);
