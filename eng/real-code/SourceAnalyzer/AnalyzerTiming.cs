using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceAnalyzer;

/// <summary>
/// The cost of the analyzers against the compiler's own work on one project, each on a copy of the compilation that
/// has bound nothing yet: the compiler's time is <c>GetDiagnostics()</c> (declarations and every method body bound),
/// each analyzer's the execution time the driver logs for it, as <c>-p:ReportAnalyzer=true</c> reports it. The
/// analyzers run after <see cref="BindingWarmUp"/>, which binds every member body first, as the SDK's own analyzers do in
/// a build (CA1416, on by default, looks at every operation): what is left is the analyzers' own work. Without the
/// warm-up each analyzer also pays for the bodies it is the first to bind.
/// </summary>
internal static class AnalyzerTiming
{
    public static async Task<(TimeSpan Compiler, IReadOnlyDictionary<string, TimeSpan> Analyzers)> MeasureAsync(
        CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool warmUp)
    {
        var stopwatch = Stopwatch.StartNew();
        Unbound(compilation).GetDiagnostics();
        var compiler = stopwatch.Elapsed;

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var run = warmUp ? analyzers.Insert(0, new BindingWarmUp()) : analyzers;
        var result = await Unbound(compilation).WithAnalyzers(run, options).GetAnalysisResultAsync(default);
        var times = result.AnalyzerTelemetryInfo
            .Where(entry => entry.Key is not BindingWarmUp)
            .ToDictionary(entry => entry.Key.GetType().Name, entry => entry.Value.ExecutionTime);
        return (compiler, times);
    }

    private static CSharpCompilation Unbound(CSharpCompilation compilation) =>
        compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees);
}
