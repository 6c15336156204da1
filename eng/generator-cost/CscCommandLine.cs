using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GeneratorCost;

/// <summary>A compilation as one line of <c>csc</c> arguments from a detailed build log describes it, rebuilt on demand with freshly parsed trees.</summary>
internal sealed class CscCommandLine
{
    private readonly CSharpCommandLineArguments _arguments;
    private readonly (string Path, SourceText Text)[] _sources;

    public CscCommandLine(string projectDirectory, string commandLineFile)
    {
        // The line starts with the path of csc itself.
        var tokens = File.ReadAllText(commandLineFile).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToArray();
        _arguments = CSharpCommandLineParser.Default.Parse(tokens, projectDirectory, sdkDirectory: null);
        _sources = _arguments.SourceFiles.Select(f => (f.Path, SourceText.From(File.ReadAllText(f.Path), System.Text.Encoding.UTF8))).ToArray();
        References = _arguments.MetadataReferences.Select(r => (MetadataReference)MetadataReference.CreateFromFile(r.Reference)).ToArray();
    }

    public CSharpParseOptions ParseOptions => _arguments.ParseOptions;

    public MetadataReference[] References { get; }

    /// <summary>Trees the generator has never seen, as a new build reads them.</summary>
    public CSharpCompilation Compile(IEnumerable<string>? extraSources = null) => CSharpCompilation.Create(
        _arguments.CompilationName,
        _sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path))
            .Concat((extraSources ?? []).Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, $"/generated/{i}.g.cs"))),
        References,
        _arguments.CompilationOptions);

    public static IIncrementalGenerator LoadGenerator(string assemblyPath, string typeName) =>
        (IIncrementalGenerator)Activator.CreateInstance(
            System.Reflection.Assembly.LoadFrom(assemblyPath).GetTypes().First(t => t.FullName == typeName || t.Name == typeName))!;

    public GeneratorDriver CreateDriver(IIncrementalGenerator generator, bool trackSteps = false) => CSharpGeneratorDriver.Create(
        [generator.AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
}
