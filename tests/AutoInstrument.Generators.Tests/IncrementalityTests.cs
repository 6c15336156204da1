using System.Reflection;
using AutoInstrument.Generators.Tests.Sources;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Tests;

public sealed class IncrementalityTests
{
    private static readonly string[] TrackedSteps = typeof(AutoInstrumentGenerator).Assembly
        .GetType("AutoInstrument.Generators.TrackingNames", throwOnError: true)!
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = GeneratorRunner.Compile([ShapesSource.Code, "namespace Other; public class Unrelated { public int M() => 1; }"]);
        var first = GeneratorRunner.Run(compilation);

        var edited = ReplaceTree(compilation, 1, "namespace Other; public class Unrelated { public int M() => 2; public void N() { System.Console.WriteLine(M()); } }");
        var second = GeneratorRunner.Run(edited, first.Driver);

        var steps = second.Driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps)
        {
            Assert.True(steps.ContainsKey(name), $"Step {name} did not run.");
            Assert.All(
                steps[name].SelectMany(step => step.Outputs),
                output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} produced {output.Reason}."));
        }
    }

    [Fact]
    public void A_new_call_of_an_instrumented_method_regenerates_the_interceptors()
    {
        var compilation = GeneratorRunner.Compile([ShapesSource.Code, "namespace Other; public class Caller { }"]);
        var first = GeneratorRunner.Run(compilation);

        var edited = ReplaceTree(compilation, 1, "namespace Other; public class Caller { public int M() => Shop.Calculator.Square(4); }");
        var second = GeneratorRunner.Run(edited, first.Driver);

        var callSites = second.Driver.GetRunResult().Results.Single().TrackedSteps["CallSites"];
        Assert.Contains(callSites.SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.New);
        Assert.Contains("File1.cs(1,58)", second.Generated("AutoInstrument.Interceptors.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Declarations carry no diagnostics and no positions (the analyzers report those), so moving one that draws a
    /// diagnostic (AI0011 here) leaves its model equal: only what emits its line number runs again.
    /// </summary>
    [Fact]
    public void Moving_a_declaration_that_draws_a_diagnostic_leaves_the_declaration_models_unchanged()
    {
        const string Source = """
            using AutoInstrument;
            public interface IRepo { int Get(); }
            public class Repo : IRepo { [Traced] public int Get() => 1; [Measured] public int Count() => 2; }
            """;
        var compilation = GeneratorRunner.Compile([Source]);
        var first = GeneratorRunner.Run(compilation);
        Assert.Contains(first.AnalyzerDiagnostics, d => d.Id == "AI0011");

        var second = GeneratorRunner.Run(ReplaceTree(compilation, 0, "// moved down a line\n" + Source), first.Driver);

        var steps = second.Driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { "TracedDeclarations", "MeasuredDeclarations", "Declarations" })
        {
            Assert.All(
                steps[name].SelectMany(step => step.Outputs),
                output => Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step {name} produced {output.Reason}."));
        }

        Assert.Empty(second.GeneratorDiagnostics);
    }

    private static Compilation ReplaceTree(Compilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)old.Options, old.FilePath));
    }
}
