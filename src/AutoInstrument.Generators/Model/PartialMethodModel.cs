using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>A <c>[Traced] partial</c> method whose implementation the generator writes, calling the user's <c>…Core</c> body.</summary>
/// <param name="Method">The method and its instrumentation.</param>
/// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">Declarations of the containing types, outermost first, e.g. <c>partial class OrderService</c>.</param>
/// <param name="Modifiers">The declaration's modifiers, e.g. <c>public partial</c>.</param>
/// <param name="CoreName">The method that holds the user's body.</param>
/// <param name="HintName">The generated file's name.</param>
internal sealed record PartialMethodModel(
    InstrumentedMethodModel Method,
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Modifiers,
    string CoreName,
    string HintName);
