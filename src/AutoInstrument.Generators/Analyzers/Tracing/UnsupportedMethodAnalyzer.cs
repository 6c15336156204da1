using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports methods the generator leaves alone (AI0003: an accessor, operator, constructor, explicit interface implementation, a ref return, pointers…)
/// and awaitables it wraps synchronously (AI0007), as <see cref="Parsing.MethodModelBuilder"/> decides them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnsupportedMethodAnalyzer : DeclarationAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnsupportedMethodShape, Descriptors.AwaitableWrappedSynchronously);
}
