using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AutoInstrument.Generators.Tests;

/// <summary>
/// Telemetry belongs to the assembly that declares the instrumented method: whichever assembly holds the call, the
/// span and the measurement come from the declaring assembly's source and meter, one instrument per name, and
/// <c>AddAutoInstrumentation()</c> in a host that declares nothing subscribes to them. Observed through the SDK.
/// </summary>
public sealed class OwnershipTests
{
    private const string Library = """
        using AutoInstrument;

        [assembly: InstrumentationSource("SOURCE", Version = "2.1")]

        namespace Billing;

        public class Account
        {
            [Traced, Measured]
            public int Charge([Tag("amount")] int amount) => amount;

            public int ChargeTwice(int amount) => Charge(amount) + Charge(amount);

            [Measured("billing.refund.duration", Buckets = new[] { 0.01, 0.1, 1.0 })]
            public int Refund(int amount) => -amount;
        }
        """;

    // No attribute anywhere: the host only calls the library.
    private const string Host = """
        namespace App;

        public static class Calls
        {
            public static int Run()
            {
                var account = new Billing.Account();
                return account.Charge(5) + account.ChargeTwice(1) + account.Refund(2);
            }
        }
        """;

    [Fact]
    public void A_host_without_attributes_exports_the_spans_of_a_traced_library_under_the_library_source()
    {
        const string source = "billing.host";
        using var chain = new AssemblyChain();
        var library = chain.Library("Billing_Host", Library.Replace("SOURCE", source));
        var host = chain.Host("App_Host", Host, library);

        var telemetry = host.Generated("AutoInstrument.Telemetry.g.cs");
        Assert.DoesNotContain("InstrumentedAssembly", telemetry, StringComparison.Ordinal);
        Assert.Contains($"Register(\"{source}\")", telemetry, StringComparison.Ordinal);
        // The disabled path stays one static readonly field and HasListeners(): the shared source is looked up once, at start.
        Assert.Contains(
            "public static readonly global::System.Diagnostics.ActivitySource ActivitySource = global::AutoInstrument.Runtime.SharedTelemetry.GetActivitySource(SourceName, \"2.1\");",
            telemetry,
            StringComparison.Ordinal);
        var interceptors = host.Generated("AutoInstrument.Interceptors.g.cs");
        Assert.Contains("if (!global::AutoInstrument.Generated.AppHostTelemetry.From_BillingHost.ActivitySource.HasListeners()", interceptors, StringComparison.Ordinal);
        Assert.DoesNotContain("SharedTelemetry", interceptors, StringComparison.Ordinal);

        var spans = chain.Traced(host, "App.Calls", "Run", expected: 5 + 2 - 2);

        var charges = spans.Where(s => s.DisplayName == "Account.Charge").ToList();
        Assert.Equal(3, charges.Count);
        Assert.All(charges, s => Assert.Equal((source, "2.1"), (s.Source.Name, s.Source.Version)));
        Assert.Contains(charges, s => s.GetTagItem("amount") is 5);
    }

    [Fact]
    public void Calls_through_a_plain_middle_library_are_exported_under_the_declaring_library_source()
    {
        const string source = "billing.middle";
        const string middle = """
            namespace Checkout;

            public static class Cart
            {
                public static int Pay(int amount) => new Billing.Account().Charge(amount);
            }
            """;
        const string host = """
            namespace App;

            public static class Calls
            {
                public static int Run() => Checkout.Cart.Pay(7);
            }
            """;
        using var chain = new AssemblyChain();
        var library = chain.Library("Billing_Middle", Library.Replace("SOURCE", source));
        var plain = chain.Library("Checkout_Middle", middle, library);

        // The middle library's own generated telemetry wraps the call with the declaring library's source.
        Assert.Contains("From_BillingMiddle", plain.Generated("AutoInstrument.Interceptors.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("InstrumentedAssembly", plain.Generated("AutoInstrument.Telemetry.g.cs"), StringComparison.Ordinal);

        // The host sees both libraries as the SDK passes them (transitively); only its own start-up registration runs.
        var app = chain.Host("App_Middle", host, library, plain);
        var spans = chain.Traced(app, "App.Calls", "Run", expected: 7);

        var charge = Assert.Single(spans, s => s.DisplayName == "Account.Charge");
        Assert.Equal((source, "2.1"), (charge.Source.Name, charge.Source.Version));
        Assert.Equal(7, charge.GetTagItem("amount"));
    }

    [Fact]
    public void A_histogram_the_library_and_the_host_record_into_is_one_instrument_in_the_library_meter()
    {
        const string source = "billing.meter";
        const string hostWithItsOwnMeasuredMethod = Host + """

            public static class Own
            {
                [AutoInstrument.Measured]
                public static int Work() => 1;

                public static int Run() => Work();
            }
            """;
        using var chain = new AssemblyChain();
        var library = chain.Library("Billing_Meter", Library.Replace("SOURCE", source));
        var host = chain.Host("App_Meter", hostWithItsOwnMeasuredMethod, library);

        var streams = chain.Measured(host, () =>
        {
            Assert.Equal(5, chain.Invoke(host, "App.Calls", "Run"));
            Assert.Equal(1, chain.Invoke(host, "App.Own", "Run"));
        });

        // Charge: once from the host, twice from the library's own ChargeTwice, all in one stream of the library's meter.
        var charges = Assert.Single(streams, s => s.Meter == source && s.Name == "method.duration");
        Assert.Equal("2.1", charges.MeterVersion);
        Assert.Equal(3, charges.Count);
        Assert.Equal(1, Assert.Single(streams, s => s.Meter == source && s.Name == "billing.refund.duration").Count);
        Assert.Equal(1, Assert.Single(streams, s => s.Meter == "App_Meter" && s.Name == "method.duration").Count);
        Assert.Equal(3, streams.Count);

        // The host's field and the library's are the same objects.
        var ofHost = chain.Loaded(host).GetType("AutoInstrument.Generated.AppMeterTelemetry+From_BillingMeter", throwOnError: true)!;
        var ofLibrary = chain.Loaded(library).GetType("AutoInstrument.Generated.BillingMeterTelemetry", throwOnError: true)!;
        Assert.Same(Field(ofLibrary, "MethodDuration"), Field(ofHost, "MethodDuration"));
        Assert.Same(Field(ofLibrary, "ActivitySource"), Field(ofHost, "ActivitySource"));
    }

    [Fact]
    public void A_measured_only_method_of_a_referenced_library_is_intercepted_with_its_own_instrument()
    {
        const string source = "billing.refund";
        const string host = """
            namespace App;

            public static class Calls
            {
                public static int Run() => new Billing.Account().Refund(3);
            }
            """;
        using var chain = new AssemblyChain();
        var library = chain.Library("Billing_Refund", Library.Replace("SOURCE", source));
        var app = chain.Host("App_Refund", host, library);

        Assert.Contains("Billing_Account_Refund", app.Generated("AutoInstrument.Interceptors.g.cs"), StringComparison.Ordinal);
        var streams = chain.Measured(app, () => Assert.Equal(-3, chain.Invoke(app, "App.Calls", "Run")));

        var refunds = Assert.Single(streams, s => s.Meter == source && s.Name == "billing.refund.duration");
        Assert.Equal(1, refunds.Count);
        Assert.Equal([0.01, 0.1, 1], refunds.Boundaries);
    }

    [Fact]
    public void A_host_whose_runtime_predates_bucket_advice_registers_the_library_buckets_under_the_library_meter()
    {
        var library = GeneratorRunner.Run(GeneratorRunner.Compile([Library.Replace("SOURCE", "billing.views")], TargetFramework.Net80, assemblyName: "Billing_Views"));
        using var image = new MemoryStream();
        Assert.True(library.OutputCompilation.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());
        var host = GeneratorRunner.Run(GeneratorRunner.Compile([Host], TargetFramework.Net80, assemblyName: "App_Views", extraReferences: [reference]));

        Assert.Empty(host.CompilationDiagnostics);
        var telemetry = host.Generated("AutoInstrument.Telemetry.g.cs");
        Assert.Contains("RegisterBuckets(From_BillingViews.SourceName, \"billing.refund.duration\", new double[] { 0.01, 0.1, 1 });", telemetry, StringComparison.Ordinal);
        Assert.DoesNotContain("InstrumentAdvice", telemetry, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buckets_apply_when_a_library_built_without_bucket_advice_creates_the_histogram_before_its_caller()
    {
        const string host = """
            namespace App;

            public static class Calls
            {
                public static int Run()
                {
                    var account = new Billing.Account();
                    return account.ChargeTwice(1) + account.Charge(1) + account.Refund(1);
                }
            }
            """;
        using var chain = new AssemblyChain();
        var library = chain.Library("Billing_Mixed", Library.Replace("SOURCE", "billing.mixed"), TargetFramework.Net80);
        var app = chain.Host("App_Mixed", host, library);

        // The library's own calls come first: its code, built for .NET 8, creates the histogram without advice, and its
        // module initializer runs only once the provider exists. The host's registration gives the buckets all the same.
        var streams = chain.Measured(app, () => Assert.Equal(2, chain.Invoke(app, "App.Calls", "Run")));

        var charges = Assert.Single(streams, s => s.Meter == "billing.mixed" && s.Name == "method.duration");
        Assert.Equal(3, charges.Count);
        Assert.Equal([0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10], charges.Boundaries);
        Assert.Equal([0.01, 0.1, 1], Assert.Single(streams, s => s.Name == "billing.refund.duration").Boundaries);
    }

    [Fact]
    public void Libraries_whose_source_names_read_alike_get_distinct_classes()
    {
        const string caller = """
            namespace App;

            public static class Calls
            {
                public static int Run() => new Billing.Account().Charge(1) + new Other.Account().Charge(2);
            }
            """;
        using var chain = new AssemblyChain();
        var first = chain.Library("Alike_1", Library.Replace("SOURCE", "alike.billing"));
        var second = chain.Library("Alike_2", Library.Replace("SOURCE", "alike-billing").Replace("namespace Billing;", "namespace Other;"));
        var app = chain.Host("App_Alike", caller, first, second);

        var telemetry = app.Generated("AutoInstrument.Telemetry.g.cs");
        Assert.Contains("class From_AlikeBilling\n", telemetry, StringComparison.Ordinal);
        Assert.Contains("class From_AlikeBilling_2\n", telemetry, StringComparison.Ordinal);
        var spans = chain.Traced(app, "App.Calls", "Run", expected: 3);
        Assert.Equal(["alike-billing", "alike.billing"], spans.Select(s => s.Source.Name).Where(n => n.StartsWith("alike", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unrelated_edit_in_a_host_that_calls_a_library_leaves_every_step_cached()
    {
        using var chain = new AssemblyChain();
        var library = chain.Library("Billing_Cached", Library.Replace("SOURCE", "billing.cached"));
        var compilation = GeneratorRunner.Compile([Host, "namespace Other; public class Unrelated { }"], assemblyName: "App_Cached", extraReferences: [library.Reference!]);
        var first = GeneratorRunner.Run(compilation);

        var old = compilation.SyntaxTrees.ElementAt(1);
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int M() => 2; }", (CSharpParseOptions)old.Options, old.FilePath));
        var second = GeneratorRunner.Run(edited, first.Driver);

        Assert.Equal(first.Generated("AutoInstrument.Telemetry.g.cs"), second.Generated("AutoInstrument.Telemetry.g.cs"));
        var outputs = second.Driver.GetRunResult().Results.Single().TrackedSteps
            .Where(step => step.Key is "Telemetry" or "CallSites" or "InstrumentedNames")
            .SelectMany(step => step.Value)
            .SelectMany(step => step.Outputs)
            .ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{output.Reason}"));
    }

    private static object? Field(Type type, string name) => type.GetField(name, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    /// <summary>A histogram stream as the SDK exported it, from the host's meter or a library's (<c>billing.…</c>).</summary>
    private sealed record Stream(string Meter, string? MeterVersion, string Name, long Count, double[] Boundaries);

    /// <summary>
    /// Compiles assemblies with the generator, each referencing the ones before, and loads them as a process would: the
    /// libraries on demand, the host last, its module initializer run before the provider is built (as an entry assembly's
    /// is, before <c>Main</c>).
    /// </summary>
    private sealed class AssemblyChain : IDisposable
    {
        private readonly Dictionary<string, Assembly> _loaded = new(StringComparer.Ordinal);
        private readonly Dictionary<string, byte[]> _images = new(StringComparer.Ordinal);

        public AssemblyChain() => AssemblyLoadContext.Default.Resolving += Resolve;

        public BuiltAssembly Library(string name, string source, params BuiltAssembly[] references) =>
            Library(name, source, TargetFramework.Net100, references);

        public BuiltAssembly Library(string name, string source, TargetFramework target, params BuiltAssembly[] references)
        {
            var built = Build(name, source, references, target);
            using var image = new MemoryStream();
            var emitted = built.Run.OutputCompilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            _images[name] = image.ToArray();
            return built with { Reference = MetadataReference.CreateFromImage(image.ToArray()) };
        }

        public BuiltAssembly Host(string name, string source, params BuiltAssembly[] references)
        {
            var built = Build(name, source, references);
            _loaded[name] = LoadedAssembly.Load(built.Run.OutputCompilation);
            return built;
        }

        public Assembly Loaded(BuiltAssembly assembly) => _loaded.TryGetValue(assembly.Name, out var loaded) ? loaded : Resolve(assembly.Name)!;

        public object? Invoke(BuiltAssembly host, string type, string method) => Loaded(host).Invoke(type, method);

        public List<Activity> Traced(BuiltAssembly host, string type, string method, int expected)
        {
            Start(host);
            var spans = new List<Activity>();
            using (Sdk.CreateTracerProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(spans).Build())
            {
                Assert.Equal(expected, Invoke(host, type, method));
            }

            return spans;
        }

        public List<Stream> Measured(BuiltAssembly host, Action calls)
        {
            Start(host);
            var metrics = new List<Metric>();
            using var provider = Sdk.CreateMeterProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(metrics).Build();
            calls();
            provider.ForceFlush();
            return metrics
                .Where(m => m.MeterName == host.Name || m.MeterName.StartsWith("billing.", StringComparison.Ordinal))
                .Select(ToStream)
                .ToList();
        }

        public void Dispose() => AssemblyLoadContext.Default.Resolving -= Resolve;

        private void Start(BuiltAssembly host) => RuntimeHelpers.RunModuleConstructor(Loaded(host).ManifestModule.ModuleHandle);

        private static BuiltAssembly Build(string name, string source, BuiltAssembly[] references, TargetFramework target = TargetFramework.Net100)
        {
            var run = GeneratorRunner.Run(GeneratorRunner.Compile([source], target, assemblyName: name, extraReferences: references.Select(r => r.Reference!)));
            Assert.Null(run.GeneratorException);
            Assert.Empty(run.CompilationDiagnostics);
            return new BuiltAssembly(name, run, null);
        }

        private Assembly? Resolve(AssemblyLoadContext context, AssemblyName name) => Resolve(name.Name!);

        private Assembly? Resolve(string name)
        {
            if (!_loaded.TryGetValue(name, out var assembly) && _images.TryGetValue(name, out var image))
            {
                assembly = Assembly.Load(image);
                _loaded[name] = assembly;
            }

            return assembly;
        }

        private static Stream ToStream(Metric metric)
        {
            long count = 0;
            var boundaries = new List<double>();
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                count += point.GetHistogramCount();
                if (boundaries.Count == 0)
                {
                    foreach (var bucket in point.GetHistogramBuckets())
                    {
                        if (double.IsFinite(bucket.ExplicitBound))
                        {
                            boundaries.Add(bucket.ExplicitBound);
                        }
                    }
                }
            }

            return new Stream(metric.MeterName, metric.MeterVersion, metric.Name, count, boundaries.ToArray());
        }
    }

    private sealed record BuiltAssembly(string Name, GeneratorRun Run, MetadataReference? Reference)
    {
        public string Generated(string hintName) => Run.Generated(hintName);
    }
}
