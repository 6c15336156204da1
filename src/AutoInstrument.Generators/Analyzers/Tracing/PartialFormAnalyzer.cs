using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports partial-form declarations the generator cannot implement (AI0006: an implementation already written, no matching <c>…Core</c> body,
/// a containing type that is not partial), as <see cref="Parsing.PartialFormParser"/> decides them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PartialFormAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidPartialForm);
}
