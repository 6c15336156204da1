using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Tests.Infrastructure;

/// <summary>What one generator run produced: the compilation with generated code, and every diagnostic on the way.</summary>
public sealed record GeneratorRun(
    Compilation OutputCompilation,
    GeneratorDriver Driver,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<GeneratedSourceResult> GeneratedSources,
    Exception? GeneratorException)
{
    /// <summary>Every analyzer of the AutoInstrument.Generators assembly, as the package ships them.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(AutoInstrumentGenerator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private ImmutableArray<Diagnostic>? _analyzerDiagnostics;

    /// <summary>Errors and warnings of the compilation that includes the generated code.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>What every AutoInstrument analyzer reports (hidden ones aside) over the compilation with generated code, as in a build.</summary>
    public ImmutableArray<Diagnostic> AnalyzerDiagnostics => _analyzerDiagnostics ??= OutputCompilation.WithAnalyzers(Analyzers)
        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
        .Where(d => d.Severity >= DiagnosticSeverity.Info)
        .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
        .ToImmutableArray();

    /// <summary>What the generator and the analyzers report: the user's view of AutoInstrument's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => GeneratorDiagnostics.AddRange(AnalyzerDiagnostics);

    /// <summary>
    /// The diagnostics about declarations the generator reported itself until they moved to analyzers that share its
    /// parser (AI0001–AI0003, AI0005–AI0007, AI0009–AI0011), for tests whose code draws other rules on purpose.
    /// </summary>
    public ImmutableArray<Diagnostic> DeclarationDiagnostics =>
        GeneratorDiagnostics.AddRange(AnalyzerDiagnostics.Where(d => DeclarationRuleIds.Contains(d.Id)));

    public static readonly ImmutableHashSet<string> DeclarationRuleIds =
        ["AI0001", "AI0002", "AI0003", "AI0005", "AI0006", "AI0007", "AI0009", "AI0010", "AI0011"];

    public string Generated(string hintName) =>
        GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public bool HasGenerated(string hintName) => GeneratedSources.Any(s => s.HintName == hintName);
}
