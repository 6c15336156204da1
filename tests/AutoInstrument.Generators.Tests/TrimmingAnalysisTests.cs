using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Tests;

/// <summary>
/// A library with <c>IsAotCompatible</c> runs the trimming and AOT analyzer over everything it compiles, generated code
/// included: a wrapper of a <c>[RequiresUnreferencedCode]</c> method, called from an annotated caller, must not warn.
/// </summary>
public sealed class TrimmingAnalysisTests
{
    private const string Source = """
        using System.Diagnostics.CodeAnalysis;
        using AutoInstrument;

        public class Plugins
        {
            [Traced, Measured]
            [RequiresUnreferencedCode("Loads plugin types by name.")]
            [RequiresDynamicCode("Makes generic types at run time.")]
            public int Load(string name) => name.Length;
        }

        public static class Host
        {
            [RequiresUnreferencedCode("Loads plugins.")]
            [RequiresDynamicCode("Loads plugins.")]
            public static int Start() => new Plugins().Load("billing");

            public static int Unannotated() => new Plugins().Load("billing");
        }
        """;

    [Fact]
    public async Task A_wrapper_of_a_trimming_unsafe_method_warns_only_where_the_user_calls_it_unannotated()
    {
        var run = GeneratorRunner.Run(Source, TargetFramework.Net80);
        Assert.Empty(run.Diagnostics);

        var warnings = await TrimmingDiagnostics(run.OutputCompilation);

        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal("/src/File0.cs", w.Location.GetLineSpan().Path));
        Assert.Equal(["IL2026", "IL3050"], warnings.Select(w => w.Id).Distinct().Order());
        Assert.All(warnings, w => Assert.Equal(18, w.Location.GetLineSpan().StartLinePosition.Line + 1));
    }

    private static async Task<ImmutableArray<Diagnostic>> TrimmingDiagnostics(Compilation compilation)
    {
        var path = typeof(TrimmingAnalysisTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TrimAnalyzer").Value!;
        var analyzers = new AnalyzerFileReference(path, new AnalyzerAssemblyLoader()).GetAnalyzers(LanguageNames.CSharp);
        var options = new AnalyzerOptions([], new BuildProperties(new Dictionary<string, string>
        {
            ["build_property.EnableTrimAnalyzer"] = "true",
            ["build_property.EnableAotAnalyzer"] = "true",
            ["build_property.EnableSingleFileAnalyzer"] = "true",
        }));
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
    }

    private sealed class AnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private sealed class BuildProperties(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
