using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Tests.Infrastructure;

/// <summary>Compiles user code with the generator, as the compiler does in a build.</summary>
public static class GeneratorRunner
{
    public const string InterceptorsNamespace = "AutoInstrument.Generated";

    private static readonly MetadataReference RuntimeReference =
        MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location);

    public static CSharpParseOptions ParseOptions(bool interceptorsEnabled = true)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        return interceptorsEnabled
            ? options.WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", InterceptorsNamespace)])
            : options;
    }

    public static CSharpCompilation Compile(
        IEnumerable<string> sources,
        TargetFramework target = TargetFramework.Net100,
        bool interceptorsEnabled = true,
        string assemblyName = "UserCode",
        IEnumerable<MetadataReference>? extraReferences = null)
    {
        var parseOptions = ParseOptions(interceptorsEnabled);
        var trees = sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/src/File{index}.cs"));
        return CSharpCompilation.Create(
            assemblyName,
            trees,
            ReferencesFor(target).Append(RuntimeReference).Concat(extraReferences ?? []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // The runtime assembly is built against a newer System.Diagnostics.DiagnosticSource; the SDK silences these too.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    public static GeneratorRun Run(string source, TargetFramework target = TargetFramework.Net100, bool interceptorsEnabled = true) =>
        Run(Compile([source], target, interceptorsEnabled));

    public static GeneratorRun Run(Compilation compilation) => Run(compilation, CreateDriver(compilation));

    public static GeneratorRun Run(Compilation compilation, GeneratorDriver driver)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new GeneratorRun(output, driver, diagnostics, result.GeneratedSources, result.Exception);
    }

    public static GeneratorDriver CreateDriver(Compilation compilation) =>
        CSharpGeneratorDriver.Create(
            [new AutoInstrumentGenerator().AsSourceGenerator()],
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static IEnumerable<MetadataReference> ReferencesFor(TargetFramework target) => target switch
    {
        TargetFramework.Net80 => Net80.References.All,
        _ => Net100.References.All,
    };
}
