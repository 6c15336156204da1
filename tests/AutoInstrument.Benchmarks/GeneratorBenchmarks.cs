using AutoInstrument.Benchmarks.Floor;
using AutoInstrument.Benchmarks.Generator;
using AutoInstrument.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Benchmarks;

/// <summary>
/// The build cost of the generator on a 2,000-method, 10,000-call-site project. Each invocation gets the project freshly
/// parsed, outside the measurement, as a build reads its files: the generator keeps what it read from a tree for as long
/// as the tree lives, which would make every invocation after the first a re-run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[InvocationCount(1)]
public class GeneratorBenchmarks
{
    private CSharpCompilation _project = null!;
    private CSharpCompilation _input = null!;

    [GlobalSetup]
    public void CreateProject()
    {
        _project = SyntheticProject.Create(methods: 2_000, callSites: 10_000);
        ParseProjectAgain();
        EnsureEveryCallIsIntercepted(new AutoInstrumentGenerator());
        EnsureEveryCallIsIntercepted(new ForwardingFloorGenerator());
    }

    [IterationSetup]
    public void ParseProjectAgain() => _input = CSharpCompilation.Create(
        _project.AssemblyName,
        _project.SyntaxTrees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)),
        _project.References,
        _project.Options);

    [Benchmark(Baseline = true, Description = "Compilation without the generator")]
    public int WithoutGenerator() => _input.GetDiagnostics().Length;

    [Benchmark(Description = "Generator alone")]
    public int GeneratorAlone() => Generate().SyntaxTrees.Count();

    [Benchmark(Description = "Generator, then compilation with its output")]
    public int WithGenerator() => Generate().GetDiagnostics().Length;

    [Benchmark(Description = "Floor: binding the call sites only, then compilation")]
    public int Floor() => Generate(new BindingFloorGenerator()).GetDiagnostics().Length;

    [Benchmark(Description = "Floor: forwarding interceptors, then compilation")]
    public int ForwardingFloor() => Generate(new ForwardingFloorGenerator()).GetDiagnostics().Length;

    private Compilation Generate() => Generate(new AutoInstrumentGenerator());

    private void EnsureEveryCallIsIntercepted(IIncrementalGenerator generator)
    {
        var output = Generate(generator);
        var intercepted = output.SyntaxTrees
            .SelectMany(tree => tree.GetText().Lines)
            .Count(line => line.ToString().TrimStart().StartsWith("[global::System.Runtime.CompilerServices.InterceptsLocation", StringComparison.Ordinal));
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (intercepted != 10_000 || errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The synthetic project does not build as expected with {generator.GetType().Name}: {intercepted} call sites intercepted, errors: {string.Join("; ", errors.Take(3))}");
        }
    }

    private Compilation Generate(IIncrementalGenerator generator)
    {
        var driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: SyntheticProject.ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(_input, out var output, out _);
        return output;
    }
}
