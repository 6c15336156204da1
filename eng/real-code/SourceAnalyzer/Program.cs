using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SourceAnalyzer;

// Usage: SourceAnalyzer <repo-dir> <AutoInstrument.Generators.dll>
// Prints each diagnostic as MSBuild does, "path(line,col): warning ID: message", so analyze-repo.sh reads both alike.
// With TIMING_RUNS=n it also times the compiler and each analyzer n times per project and prints, on stderr, the
// medians summed over the projects and the analyzers' share of the compiler's time; TIMING_WARM_UP=1 binds every member
// body before the analyzers run (see AnalyzerTiming).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: SourceAnalyzer <repo-dir> <analyzer-assembly>");
    return 2;
}

var repo = Path.GetFullPath(args[0]);
var analyzers = AnalyzerAssembly.Load(args[1]);
var references = ReferenceSet.Create();
var projects = ProjectSources.Find(repo).ToDictionary(project => project.File);
var compilations = new Dictionary<string, CSharpCompilation>();

foreach (var project in projects.Values)
{
    var compilation = Compile(project, []);
    var diagnostics = await compilation
        .WithAnalyzers(analyzers, new AnalyzerOptions([]))
        .GetAnalyzerDiagnosticsAsync();
    var errors = compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
    var commonest = errors.GroupBy(error => error.Id).OrderByDescending(group => group.Count()).Take(3).Select(group => $"{group.Key} x{group.Count()}");
    Console.Error.WriteLine(
        $"{Path.GetRelativePath(repo, project.File)}: {project.Sources.Count} files, {errors.Count} compiler errors ({string.Join(", ", commonest)}), {diagnostics.Length} diagnostics");
    foreach (var diagnostic in diagnostics)
    {
        var span = diagnostic.Location.GetLineSpan();
        Console.WriteLine(
            $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): warning {diagnostic.Id}: {diagnostic.GetMessage()}");
    }
}

if (int.TryParse(Environment.GetEnvironmentVariable("TIMING_RUNS"), out var runs) && runs > 0)
{
    var warmUp = Environment.GetEnvironmentVariable("TIMING_WARM_UP") == "1";
    var compiler = new List<double>();
    var perAnalyzer = new Dictionary<string, List<double>>();
    for (var run = 0; run < runs; run++)
    {
        var total = 0.0;
        var analyzerTotals = new Dictionary<string, double>();
        foreach (var compilation in compilations.Values)
        {
            var (compile, times) = await AnalyzerTiming.MeasureAsync(compilation, analyzers, warmUp);
            total += compile.TotalSeconds;
            foreach (var (name, time) in times)
            {
                analyzerTotals[name] = analyzerTotals.GetValueOrDefault(name) + time.TotalSeconds;
            }
        }

        compiler.Add(total);
        foreach (var (name, time) in analyzerTotals)
        {
            (perAnalyzer.TryGetValue(name, out var list) ? list : perAnalyzer[name] = []).Add(time);
        }
    }

    var compilerMedian = Median(compiler);
    var analyzersMedian = Median(Enumerable.Range(0, runs).Select(run => perAnalyzer.Values.Sum(times => times[run])).ToList());
    Console.Error.WriteLine($"timing{(warmUp ? " after binding every body" : "")}, median of {runs} runs over {compilations.Count} projects: compiler {compilerMedian:F3} s, analyzers {analyzersMedian:F3} s, share {100 * analyzersMedian / compilerMedian:F1}%");
    foreach (var (name, times) in perAnalyzer.OrderByDescending(entry => Median(entry.Value)))
    {
        Console.Error.WriteLine($"  {name,-45} {Median(times):F3} s");
    }
}

return 0;

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

// Compiles the referenced projects first, each once; a reference cycle or a project outside the code base is skipped.
CSharpCompilation Compile(ProjectSources project, HashSet<string> visiting)
{
    if (compilations.TryGetValue(project.File, out var done))
    {
        return done;
    }

    visiting.Add(project.File);
    var referenced = project.ProjectReferences
        .Where(file => projects.ContainsKey(file) && !visiting.Contains(file))
        .Select(file => Compile(projects[file], visiting).ToMetadataReference());
    var compilation = ProjectCompilation.Create(project, references.For(project).Concat(referenced), analyzers);
    visiting.Remove(project.File);
    compilations[project.File] = compilation;
    return compilation;
}
