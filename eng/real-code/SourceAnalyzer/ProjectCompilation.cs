using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceAnalyzer;

/// <summary>
/// One compilation per project, as a net10.0 build would make it, referencing the compilations of the projects it
/// references. Package references other than the logging libraries are not restored: their types stay unresolved,
/// which can hide a diagnostic but never invents one, since every rule checks symbols.
/// </summary>
internal static class ProjectCompilation
{
    private static readonly string[] PreprocessorSymbols =
        ["TRACE", "RELEASE", "NET", "NET10_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER",
         "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER"];

    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    public static CSharpCompilation Create(ProjectSources project, IEnumerable<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: PreprocessorSymbols);
        var trees = project.Sources
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), parseOptions, file))
            .ToList();
        if (project.ImplicitUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, Path.ChangeExtension(project.File, ".GlobalUsings.g.cs")));
        }

        var everyRuleAWarning = analyzers
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .Select(descriptor => descriptor.Id)
            .Distinct()
            .ToDictionary(id => id, _ => ReportDiagnostic.Warn);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true)
            .WithSpecificDiagnosticOptions(everyRuleAWarning);
        return CSharpCompilation.Create(Path.GetFileNameWithoutExtension(project.File), trees, references, options);
    }
}
