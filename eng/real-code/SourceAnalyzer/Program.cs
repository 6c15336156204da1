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

return 0;

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
    var compilation = ProjectCompilation.Create(project, references.Concat(referenced), analyzers);
    visiting.Remove(project.File);
    compilations[project.File] = compilation;
    return compilation;
}
