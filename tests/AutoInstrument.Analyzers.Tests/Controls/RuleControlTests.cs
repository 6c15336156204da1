using System.Collections.Immutable;
using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AutoInstrument.Analyzers.Tests.Controls;

/// <summary>The standard controls a team reaches for to manage a rule.</summary>
public enum Control
{
    /// <summary>Nothing configured: the rule's default severity.</summary>
    Default,
    EditorConfigNone,
    EditorConfigSuggestion,
    EditorConfigWarning,
    EditorConfigError,
    GlobalConfigNone,
    GlobalConfigError,

    /// <summary><c>dotnet_analyzer_diagnostic.category-AutoInstrument.….severity = error</c>.</summary>
    CategoryError,
    CategoryNone,
    Pragma,
    SuppressMessage,

    /// <summary><c>&lt;NoWarn&gt;</c>, which the compiler sees as the ID's specific option <c>Suppress</c>.</summary>
    NoWarn,

    /// <summary><c>&lt;WarningsAsErrors&gt;</c>, which the compiler sees as the ID's specific option <c>Error</c>.</summary>
    WarningsAsErrors,
}

/// <summary>
/// Every rule, with every control: each sample of <see cref="RuleSamples"/> is analyzed as a build would, by the
/// analyzers that report its ID, under each <see cref="Control"/>, and the diagnostic must come out at the marked span
/// with the severity the control asks for, or not at all.
/// </summary>
public sealed class RuleControlTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = PackageAnalyzers.All;

    private static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location);

    public static TheoryData<string, Control> Cases()
    {
        var cases = new TheoryData<string, Control>();
        foreach (var (id, _, _) in RuleSamples.All)
        {
            foreach (var control in Enum.GetValues<Control>())
            {
                cases.Add(id, control);
            }
        }

        return cases;
    }

    [Fact]
    public void Every_rule_the_package_reports_has_a_sample()
    {
        var reported = AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order();

        Assert.Equal(reported, RuleSamples.All.Select(s => s.Id).Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rule_honours_the_control(string id, Control control)
    {
        var (_, interceptors, sample) = RuleSamples.All.Single(s => s.Id == id);
        var analyzers = AllAnalyzers.Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).ToImmutableArray();
        var descriptor = analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);
        var (source, marked) = Unmark(Header(id, control) + sample);

        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        if (interceptors)
        {
            parseOptions = parseOptions.WithFeatures([new("InterceptorsNamespaces", "AutoInstrument.Generated")]);
        }

        var sources = new List<(string Path, string Text)> { ("/src/Sample.cs", source), ("/src/Support.cs", RuleSamples.Support) };
        if (control == Control.SuppressMessage)
        {
            sources.Add(("/src/GlobalSuppressions.cs",
                $"[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"{descriptor.Category}\", \"{id}:{descriptor.Title}\", Scope = \"namespaceanddescendants\", Target = \"~N:Samples\")]"));
        }

        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToImmutableArray();
        var configs = AnalyzerConfig(id, descriptor.Category, control) is { } config
            ? ImmutableArray.Create(Microsoft.CodeAnalysis.AnalyzerConfig.Parse(config.Content, config.Path))
            : ImmutableArray<AnalyzerConfig>.Empty;
        if (RuleSamples.Options.TryGetValue(id, out var ruleOptions))
        {
            configs = configs.Add(Microsoft.CodeAnalysis.AnalyzerConfig.Parse($"[*.cs]\n{ruleOptions}\n", "/src/.editorconfig"));
        }

        var configSet = AnalyzerConfigSet.Create(configs);
        var options = new ConfigOptions(configSet, trees);
        var compilation = CSharpCompilation.Create(
            "Samples",
            trees,
            (await References.Value).Add(Runtime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(SpecificOptions(id, control))
                .WithSyntaxTreeOptionsProvider(options));

        var reported = (await compilation
            .WithAnalyzers(analyzers, new AnalyzerOptions([], options))
            .GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == id && d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => $"{d.Severity} at {d.Location.SourceTree?.FilePath}{d.Location.SourceSpan}")
            .ToList();

        var expected = ExpectedSeverity(descriptor.DefaultSeverity, control) is { } severity
            ? new[] { $"{severity} at /src/Sample.cs{marked}" }
            : [];
        Assert.Equal(expected, reported);
    }

    /// <summary>The source without its <c>{|#0:…|}</c> markup, and the span it marked.</summary>
    private static (string Source, TextSpan Marked) Unmark(string marked)
    {
        var start = marked.IndexOf("{|#0:", StringComparison.Ordinal);
        var end = marked.IndexOf("|}", start, StringComparison.Ordinal);
        var text = marked[(start + 5)..end];
        return (marked[..start] + text + marked[(end + 2)..], new TextSpan(start, text.Length));
    }

    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> References =
        new(() => CorrelationTest.References.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    private static DiagnosticSeverity? ExpectedSeverity(DiagnosticSeverity defaultSeverity, Control control) => control switch
    {
        Control.Default => defaultSeverity,
        Control.EditorConfigSuggestion => DiagnosticSeverity.Info,
        Control.EditorConfigWarning => DiagnosticSeverity.Warning,
        Control.EditorConfigError or Control.GlobalConfigError or Control.CategoryError or Control.WarningsAsErrors => DiagnosticSeverity.Error,
        _ => null,
    };

    private static string Header(string id, Control control) =>
        (control == Control.Pragma ? $"#pragma warning disable {id}\n" : string.Empty)
        + "using System;\nusing System.Collections.Generic;\nusing System.Diagnostics;\nusing System.Threading.Tasks;\nusing AutoInstrument;\n\nnamespace Samples;\n\n";

    private static (string Path, string Content)? AnalyzerConfig(string id, string category, Control control) => control switch
    {
        Control.EditorConfigNone => EditorConfig($"dotnet_diagnostic.{id}.severity = none"),
        Control.EditorConfigSuggestion => EditorConfig($"dotnet_diagnostic.{id}.severity = suggestion"),
        Control.EditorConfigWarning => EditorConfig($"dotnet_diagnostic.{id}.severity = warning"),
        Control.EditorConfigError => EditorConfig($"dotnet_diagnostic.{id}.severity = error"),
        Control.GlobalConfigNone => ("/.globalconfig", $"is_global = true\ndotnet_diagnostic.{id}.severity = none\n"),
        Control.GlobalConfigError => ("/.globalconfig", $"is_global = true\ndotnet_diagnostic.{id}.severity = error\n"),
        Control.CategoryError => EditorConfig($"dotnet_analyzer_diagnostic.category-{category}.severity = error"),
        Control.CategoryNone => EditorConfig($"dotnet_analyzer_diagnostic.category-{category}.severity = none"),
        _ => null,
    };

    private static (string, string) EditorConfig(string line) => ("/.editorconfig", $"root = true\n\n[*.cs]\n{line}\n");

    private static ImmutableDictionary<string, ReportDiagnostic> SpecificOptions(string id, Control control) => control switch
    {
        Control.NoWarn => ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(id, ReportDiagnostic.Suppress),
        Control.WarningsAsErrors => ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(id, ReportDiagnostic.Error),
        _ => ImmutableDictionary<string, ReportDiagnostic>.Empty,
    };

    /// <summary>
    /// What the compiler builds from the project's <c>.editorconfig</c> and global config files: severities per tree
    /// (<see cref="SyntaxTreeOptionsProvider"/>) and the options analyzers and bulk configuration read.
    /// </summary>
    private sealed class ConfigOptions : SyntaxTreeOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;
        private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> _results;

        public ConfigOptions(AnalyzerConfigSet set, IEnumerable<SyntaxTree> trees)
        {
            _set = set;
            _results = trees.ToDictionary(t => t, t => set.GetOptionsForSourcePath(t.FilePath));
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _results[tree].TreeOptions.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            _set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);

        public static implicit operator AnalyzerConfigOptionsProvider(ConfigOptions options) => new Provider(options);

        private sealed class Provider(ConfigOptions options) : AnalyzerConfigOptionsProvider
        {
            public override AnalyzerConfigOptions GlobalOptions => new Options(options._set.GlobalConfigOptions.AnalyzerOptions);

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(options._results[tree].AnalyzerOptions);

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(ImmutableDictionary<string, string>.Empty);
        }

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
