using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>
/// What one instrumented declaration in source contributes: method names to look for, histograms to declare, a partial
/// implementation. No diagnostics and no positions: the analyzers report those, so an edit that moves a declaration
/// leaves this model equal.
/// </summary>
internal sealed record DeclarationModel(
    EquatableArray<string> MethodNames,
    EquatableArray<InstrumentModel> Instruments,
    EquatableArray<PartialMethodModel> Partials);
