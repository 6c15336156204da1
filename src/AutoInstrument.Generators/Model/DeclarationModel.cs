using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;

namespace AutoInstrument.Generators.Model;

/// <summary>What one instrumented declaration in source contributes: method names to look for, histograms to declare, diagnostics, a partial implementation.</summary>
internal sealed record DeclarationModel(
    EquatableArray<string> MethodNames,
    EquatableArray<InstrumentModel> Instruments,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<PartialMethodModel> Partials);
