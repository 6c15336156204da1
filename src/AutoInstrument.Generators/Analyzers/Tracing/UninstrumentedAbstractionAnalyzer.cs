using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports instrumented implementations and overrides whose interface member or base method has no attribute (AI0011), so calls made
/// through it are not instrumented (<see cref="Parsing.AbstractionCheck"/>); AI0012 reports the calls that bypass an instrumented abstraction.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UninstrumentedAbstractionAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UninstrumentedAbstraction, Descriptors.UninstrumentedReferencedAbstraction);
}
