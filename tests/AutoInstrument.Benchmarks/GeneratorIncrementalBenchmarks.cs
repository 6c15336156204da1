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
[MemoryDiagnoser]
[MedianColumn]
public class GeneratorIncrementalBenchmarks
{
    private const string EditedLine = "        var total = 0;";

    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;

    [GlobalSetup]
    public void RunCold()
    {
        var project = SyntheticProject.Create(methods: 2_000, callSites: 10_000);
        var caller = project.SyntaxTrees.First(tree => tree.ToString().Contains(EditedLine, StringComparison.Ordinal));
        _edited = project.ReplaceSyntaxTree(caller, WithOneLineEdited(caller));
        _warmDriver = CreateDriver().RunGenerators(project);

        var rerun = _warmDriver.RunGenerators(_edited.Clone()).GetRunResult();
        if (rerun.Diagnostics.Length > 0 || rerun.GeneratedTrees.Length == 0)
        {
            throw new InvalidOperationException($"The re-run after the edit did not generate as expected: {string.Join("; ", rerun.Diagnostics)}");
        }
    }

    [Benchmark(Baseline = true, Description = "Generator, cold run")]
    public int Cold() => CreateDriver().RunGenerators(_edited.Clone()).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Generator, re-run after a one-line edit in a method body")]
    public int AfterOneLineEdit() => _warmDriver.RunGenerators(_edited.Clone()).GetRunResult().GeneratedTrees.Length;

    // The edit a developer makes while typing: the line grows by a few characters, so every call after it moves.
    private static SyntaxTree WithOneLineEdited(SyntaxTree caller)
    {
        var start = caller.ToString().IndexOf(EditedLine, StringComparison.Ordinal);
        var edit = new TextChange(new TextSpan(start, EditedLine.Length), "        var total = id / 2;");
        return caller.WithChangedText(caller.GetText().WithChanges(edit));
    }

    private static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new AutoInstrumentGenerator().AsSourceGenerator()],
        parseOptions: SyntheticProject.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
}
