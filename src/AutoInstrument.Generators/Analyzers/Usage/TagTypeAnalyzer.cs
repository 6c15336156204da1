using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports tags the generated code cannot record (AI0002: a span attribute or metric dimension of an unsupported type, a result tag on a method without result) and metric dimensions whose values are likely unbounded (AI0010),
/// as <see cref="Parsing.TagModels"/> and <see cref="Parsing.MeasuringParser"/> decide them for the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TagTypeAnalyzer : Tracing.DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnsupportedTagType, Descriptors.UnsupportedMetricTagType, Descriptors.UnboundedMetricTag);
}
