using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Tests.Infrastructure;

/// <summary>What one generator run produced: the compilation with generated code, and every diagnostic on the way.</summary>
public sealed record GeneratorRun(
    Compilation OutputCompilation,
    GeneratorDriver Driver,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<GeneratedSourceResult> GeneratedSources,
    Exception? GeneratorException)
{
    /// <summary>Errors and warnings of the compilation that includes the generated code.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public string Generated(string hintName) =>
        GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public bool HasGenerated(string hintName) => GeneratedSources.Any(s => s.HintName == hintName);
}
