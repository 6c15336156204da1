using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports instrumented methods that generated code cannot call (AI0005), as <see cref="Parsing.InterceptionTargets.Plan"/> decides for the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InaccessibleTargetAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InaccessibleTarget);
}
