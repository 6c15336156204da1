using AutoInstrument.Benchmarks.Generator;
using AutoInstrument.Generators;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AutoInstrument.Benchmarks;

/// <summary>
/// The generator's re-run after a one-line edit inside a method body of a file with instrumented calls, against its
/// cold run, on the 2,000-method, 10,000-call-site project. The warm driver is the one a cold run left behind: drivers
/// are immutable, so every invocation re-runs from the same cached state, as the IDE does after a keystroke.
/// </summary>
/// <remarks>
/// Each invocation gets syntax trees it has never seen: the cold run a freshly parsed project (as a new build reads
/// its files), the re-run a freshly edited tree. Otherwise what the generator keeps per tree across compilations would
/// make a repeated "cold" run warm and a repeated edit no edit at all.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[InvocationCount(1)]
public class GeneratorIncrementalBenchmarks
{
    private const string EditedLine = "        var total = 0;";

    private CSharpCompilation _project = null!;
    private SyntaxTree _caller = null!;
    private GeneratorDriver _warmDriver = null!;
    private CSharpCompilation _input = null!;

    [GlobalSetup]
    public void RunCold()
    {
        _project = SyntheticProject.Create(methods: 2_000, callSites: 10_000);
        _caller = _project.SyntaxTrees.First(tree => tree.ToString().Contains(EditedLine, StringComparison.Ordinal));
        _warmDriver = CreateDriver().RunGenerators(_project);

        var rerun = _warmDriver.RunGenerators(WithCallerEdited()).GetRunResult();
        if (rerun.Diagnostics.Length > 0 || rerun.GeneratedTrees.Length == 0)
        {
            throw new InvalidOperationException($"The re-run after the edit did not generate as expected: {string.Join("; ", rerun.Diagnostics)}");
        }
    }

    [IterationSetup(Target = nameof(Cold))]
    public void ParseProjectAgain() => _input = CSharpCompilation.Create(
        _project.AssemblyName,
        WithCallerEdited().SyntaxTrees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)),
        _project.References,
        _project.Options);

    [IterationSetup(Target = nameof(AfterOneLineEdit))]
    public void EditCallerAgain() => _input = WithCallerEdited();

    [Benchmark(Baseline = true, Description = "Generator, cold run")]
    public int Cold() => CreateDriver().RunGenerators(_input).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Generator, re-run after a one-line edit in a method body")]
    public int AfterOneLineEdit() => _warmDriver.RunGenerators(_input).GetRunResult().GeneratedTrees.Length;

    // The edit a developer makes while typing: the line grows by a few characters, so every call after it moves.
    // Each edit is a new tree, as each keystroke is.
    private CSharpCompilation WithCallerEdited()
    {
        var start = _caller.ToString().IndexOf(EditedLine, StringComparison.Ordinal);
        var edit = new TextChange(new TextSpan(start, EditedLine.Length), "        var total = id / 2;");
        return _project.ReplaceSyntaxTree(_caller, _caller.WithChangedText(_caller.GetText().WithChanges(edit)));
    }

    private static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new AutoInstrumentGenerator().AsSourceGenerator()],
        parseOptions: SyntheticProject.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
