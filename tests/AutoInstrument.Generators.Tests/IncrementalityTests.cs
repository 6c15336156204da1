using System.Collections.Immutable;
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

    /// <summary>The first instrumented method makes every tree worth reading, the unchanged ones too.</summary>
    [Fact]
    public void The_first_instrumented_method_intercepts_its_calls_in_trees_left_unchanged()
    {
        const string Caller = "namespace Other; public class Caller { public int M(Shop.Service service) => service.Get(); }";
        var compilation = GeneratorRunner.Compile(["namespace Shop; public class Service { public int Get() => 1; }", Caller]);
        var first = GeneratorRunner.Run(compilation);

        var traced = ReplaceTree(compilation, 0, "namespace Shop; public class Service { [AutoInstrument.Traced] public int Get() => 1; }");
        var second = GeneratorRunner.Run(traced, first.Driver);

        Assert.False(first.HasGenerated("AutoInstrument.Interceptors.g.cs"));
        Assert.Contains($"File1.cs(1,{Caller.IndexOf("service.Get", StringComparison.Ordinal) + 1})", second.Generated("AutoInstrument.Interceptors.g.cs"), StringComparison.Ordinal);
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

    private const string DeclarationAndCall = """
        using AutoInstrument;
        namespace Shop;
        public class Prices
        {
            [Traced, Measured] public int Get(int id) => id;

            public int Total()
            {
                return Get(1) + 1;
            }
        }
        """;

    /// <summary>
    /// A one-line edit in a method body of the file that holds both the attribute and the call: the syntax steps run
    /// again over the file's nodes, and the call-site model changes although the call did not move, because an
    /// interceptable location carries the checksum of its file. The declarations and what the telemetry file is written
    /// from come out unchanged, so only the interceptors file is written again.
    /// </summary>
    [Fact]
    public void An_edit_in_a_method_body_beside_the_attribute_and_the_call_rewrites_only_the_interceptors()
    {
        var compilation = GeneratorRunner.Compile([DeclarationAndCall]);
        var first = GeneratorRunner.Run(compilation);

        var second = GeneratorRunner.Run(ReplaceTree(compilation, 0, DeclarationAndCall.Replace("Get(1) + 1", "Get(1) + 2")), first.Driver);

        var steps = second.Driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.Contains(Reasons(steps, "CallCandidates"), reason => reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Reasons(steps, "CallSites"), reason => reason == IncrementalStepRunReason.Modified);
        AssertCachedOrUnchanged(steps, "TracedDeclarations", "MeasuredDeclarations", "Declarations", "TelemetryUses");
    }

    /// <summary>
    /// A call that moves changes its interception location, which only the interceptors file holds: its target's group
    /// is modified, what the telemetry file is written from is not.
    /// </summary>
    [Fact]
    public void A_call_that_moves_regenerates_the_interceptors_but_not_the_telemetry_file()
    {
        var compilation = GeneratorRunner.Compile([DeclarationAndCall]);
        var first = GeneratorRunner.Run(compilation);

        var moved = DeclarationAndCall.Replace("return Get(1) + 1;", "var one = 1;\n        return Get(one) + 1;");
        var second = GeneratorRunner.Run(ReplaceTree(compilation, 0, moved), first.Driver);

        var steps = second.Driver.GetRunResult().Results.Single().TrackedSteps;
        Assert.Contains(Reasons(steps, "CallSites"), reason => reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Reasons(steps, "InterceptionGroups"), reason => reason == IncrementalStepRunReason.Modified);
        AssertCachedOrUnchanged(steps, "Declarations", "TelemetryUses", "Telemetry");
        Assert.Contains("File0.cs(10,16)", second.Generated("AutoInstrument.Interceptors.g.cs"), StringComparison.Ordinal);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
        steps[name].SelectMany(step => step.Outputs).Select(output => output.Reason);

    private static void AssertCachedOrUnchanged(IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> steps, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.All(
                Reasons(steps, name),
                reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step {name} produced {reason}."));
        }
    }

    private static Compilation ReplaceTree(Compilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)old.Options, old.FilePath));
    }
}
