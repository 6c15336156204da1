using System.Runtime.CompilerServices;

namespace AutoInstrument.Generators.Tests;

/// <summary>
/// The generated code for each main shape, kept beside the tests in Baselines/ so that a change in what is emitted
/// shows in review. Behaviour is proven elsewhere by running the output; these only say what it looks like.
/// Set AUTOINSTRUMENT_UPDATE_BASELINES=1 to rewrite them after an intended change.
/// </summary>
public sealed class BaselineTests
{
    public static TheoryData<string> Shapes() => new(BaselineSources.Keys.Order());

    private static readonly Dictionary<string, string> BaselineSources = new()
    {
        ["SyncTraced"] = """
            [Traced]
            [return: Tag("order.total")]
            public int Total([Tag("order.id")] int id, int quantity) => id * quantity;
            """,
        ["SyncMeasured"] = """
            public enum Region { Europe, Asia }

            [Measured("checkout.duration", Buckets = new[] { 0.01, 0.1, 1.0 })]
            public void Checkout([MetricTag] Region region, [MetricTag] bool express) { }
            """,
        ["TaskOfTTracedAndMeasured"] = """
            [Traced(Kind = System.Diagnostics.ActivityKind.Client), Measured]
            public async System.Threading.Tasks.Task<int> ChargeAsync([Tag] string customer)
            {
                await System.Threading.Tasks.Task.Yield();
                return customer.Length;
            }
            """,
        ["ValueTaskTraced"] = """
            [Traced]
            public System.Threading.Tasks.ValueTask SaveAsync(int id) => default;
            """,
        ["IteratorTracedAndMeasured"] = """
            [Traced, Measured]
            public System.Collections.Generic.IEnumerable<int> Pages(int count)
            {
                for (var i = 0; i < count; i++)
                {
                    yield return i;
                }
            }
            """,
        ["AsyncIteratorTraced"] = """
            [Traced]
            public async System.Collections.Generic.IAsyncEnumerable<int> StreamAsync()
            {
                await System.Threading.Tasks.Task.Yield();
                yield return 1;
            }
            """,
        ["PrivateThroughUnsafeAccessor"] = """
            [Traced]
            private int Secret(ref int counter) => ++counter;

            public int CallSecret(ref int counter) => Secret(ref counter);
            """,
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_code_matches_its_baseline(string shape)
    {
        var source = $$"""
            using AutoInstrument;

            namespace Shop;

            public class Service
            {
            {{Indent(BaselineSources[shape])}}
            }

            public static class Calls
            {
                public static void Use(Service service) => {{CallOf(shape)}};
            }
            """;
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([source], assemblyName: "Shop"));
        Assert.Empty(run.CompilationDiagnostics);

        var generated = string.Join("\n", run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => $"// ===== {s.HintName} =====\n{s.SourceText}"));

        var path = Path.Combine(BaselineDirectory(), shape + ".g.cs.txt");
        if (Environment.GetEnvironmentVariable("AUTOINSTRUMENT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.Equal(File.ReadAllText(path), generated);
    }

    private static string CallOf(string shape) => shape switch
    {
        "SyncTraced" => "service.Total(1, 2)",
        "SyncMeasured" => "service.Checkout(Service.Region.Asia, true)",
        "TaskOfTTracedAndMeasured" => "_ = service.ChargeAsync(\"ada\")",
        "ValueTaskTraced" => "_ = service.SaveAsync(1)",
        "IteratorTracedAndMeasured" => "_ = service.Pages(2)",
        "AsyncIteratorTraced" => "_ = service.StreamAsync()",
        _ => "_ = new Service()",
    };

    private static string Indent(string code) => string.Join("\n", code.Split('\n').Select(line => line.Length == 0 ? line : "    " + line));

    private static string BaselineDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Baselines");
}
