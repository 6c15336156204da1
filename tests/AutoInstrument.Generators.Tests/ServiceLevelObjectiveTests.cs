using AutoInstrument.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Tests;

/// <summary>What the generator records of <c>[ServiceLevelObjective]</c>s: assembly records for the build task, and the
/// <c>ServiceLevelObjectives</c> registry the program reads, run rather than read.</summary>
public sealed class ServiceLevelObjectiveTests
{
    private const string HintName = "AutoInstrument.ServiceLevelObjectives.g.cs";

    private const string Source = """
        using System.Threading.Tasks;
        using AutoInstrument;

        namespace Shop
        {
            public sealed class Checkout
            {
                [Measured("checkout.duration", Buckets = new[] { 0.05, 0.1, 0.2, 0.5, 1 })]
                [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.2, WindowDays = 28)]
                [ServiceLevelObjective("checkout-availability", 0.999)]
                public Task PayAsync(int order) => Task.CompletedTask;

                [Measured("checkout.duration", Buckets = new[] { 0.05, 0.1, 0.2, 0.5, 1 })]
                [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.2, WindowDays = 28)]
                public Task RefundAsync(int order) => Task.CompletedTask;

                [Measured] [ServiceLevelObjective("off-the-buckets", 0.99, LatencyThreshold = 0.3)] public void A() { }
                [Measured] [ServiceLevelObjective("Bad Name", 0.99)] public void B() { }
                [ServiceLevelObjective("not-measured", 0.99)] public void C() { }
                [Measured] [ServiceLevelObjective("conflict", 0.99)] public void D() { }
                [Measured] [ServiceLevelObjective("conflict", 0.9)] public void E() { }
                [Measured] [ServiceLevelObjective("api-2", 0.9)] public void F() { }
            }

            public static class Probe
            {
                public static string Run() => string.Join("|", AutoInstrument.Generated.ServiceLevelObjectives.Names) + " "
                    + AutoInstrument.Generated.ServiceLevelObjectives.Get("checkout-latency").AllowedBadTime + " "
                    + AutoInstrument.Generated.ServiceLevelObjectives.CheckoutAvailability.Objective + " "
                    + AutoInstrument.Generated.ServiceLevelObjectives.Api_2.Window.TotalDays + " "
                    + (AutoInstrument.Generated.ServiceLevelObjectives.Find("conflict") is null);
            }
        }
        """;

    [Fact]
    public void Each_valid_objective_is_recorded_in_the_assembly_with_its_instrument_buckets_and_methods()
    {
        var generated = GeneratorRunner.Run(Source).Generated(HintName);

        Assert.Contains(
            "[assembly: global::AutoInstrument.Runtime.ServiceLevelObjectiveRecord(\"checkout-latency\", 0.995d, 0.2d, 28, \"checkout.duration\", \"0.05 0.1 0.2 0.5 1\", \"Shop.Checkout.PayAsync Shop.Checkout.RefundAsync\")]",
            generated,
            StringComparison.Ordinal);
        Assert.Contains(
            "[assembly: global::AutoInstrument.Runtime.ServiceLevelObjectiveRecord(\"checkout-availability\", 0.999d, 0d, 30, \"checkout.duration\", \"0.05 0.1 0.2 0.5 1\", \"Shop.Checkout.PayAsync\")]",
            generated,
            StringComparison.Ordinal);
        Assert.Contains("ServiceLevelObjectiveRecord(\"api-2\", 0.9d, 0d, 30, \"method.duration\", \"0.005 0.01 0.025 0.05 0.075 0.1 0.25 0.5 0.75 1 2.5 5 7.5 10\", \"Shop.Checkout.F\")", generated, StringComparison.Ordinal);
        Assert.Equal(3, generated.Split("ServiceLevelObjectiveRecord(").Length - 1);
    }

    [Fact]
    public void Objectives_the_analyzer_reports_are_left_out()
    {
        var generated = GeneratorRunner.Run(Source).Generated(HintName);

        foreach (var name in new[] { "off-the-buckets", "Bad Name", "not-measured", "conflict" })
        {
            Assert.DoesNotContain($"\"{name}\"", generated, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_program_gets_each_objective_as_an_error_budget_by_name()
    {
        var run = GeneratorRunner.Run(Source);
        Assert.Empty(run.CompilationDiagnostics);

        var result = LoadedAssembly.Load(run.OutputCompilation).Invoke("Shop.Probe", "Run");

        Assert.Equal("api-2|checkout-availability|checkout-latency 03:21:36 0.999 30 True", result);
    }

    [Fact]
    public void Nothing_is_generated_without_objectives() =>
        Assert.False(GeneratorRunner.Run("public class C { [AutoInstrument.Measured] public void M() { } }").HasGenerated(HintName));

    [Fact]
    public void An_unrelated_edit_leaves_the_objective_steps_cached()
    {
        var compilation = GeneratorRunner.Compile([Source, "namespace Other; public class Unrelated { public int M() => 1; }"]);
        var first = GeneratorRunner.Run(compilation);
        var old = compilation.SyntaxTrees.ElementAt(1);
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int M() => 2; }", (CSharpParseOptions)old.Options, old.FilePath));

        var steps = GeneratorRunner.Run(edited, first.Driver).Driver.GetRunResult().Results.Single().TrackedSteps;

        foreach (var name in new[] { ServiceLevelObjectivePipeline.Declarations, ServiceLevelObjectivePipeline.Objectives })
        {
            Assert.All(
                steps[name].SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
        }
    }

    [Fact]
    public void Changing_an_objective_regenerates_the_records()
    {
        var compilation = GeneratorRunner.Compile([Source]);
        var first = GeneratorRunner.Run(compilation);
        var old = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Source.Replace("0.999", "0.9995"), (CSharpParseOptions)old.Options, old.FilePath));

        var second = GeneratorRunner.Run(edited, first.Driver);

        Assert.Contains("ServiceLevelObjectiveRecord(\"checkout-availability\", 0.9995d,", second.Generated(HintName), StringComparison.Ordinal);
    }
}
