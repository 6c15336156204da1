using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;

namespace AutoInstrument.Generators.Model;

/// <summary>What one <c>[Traced]</c> declaration in source contributes: method names to look for, diagnostics, a partial implementation.</summary>
internal sealed record DeclarationModel(
    EquatableArray<string> MethodNames,
    EquatableArray<DiagnosticInfo> Diagnostics,
    PartialMethodModel? Partial);
