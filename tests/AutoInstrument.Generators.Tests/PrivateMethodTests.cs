using System.Reflection;

namespace AutoInstrument.Generators.Tests;

/// <summary>Private and protected methods are instrumented through an accessor in a partial type or through UnsafeAccessor.</summary>
public sealed class PrivateMethodTests
{
    private const string Source = """
        using System.Collections.Generic;
        using AutoInstrument;

        namespace Shop;

        public partial class Ledger<T> where T : notnull
        {
            private readonly List<T> _entries = new();

            public int Add(T entry) => Append(entry);

            [Traced]
            private int Append(T entry) { _entries.Add(entry); return _entries.Count; }

            public U Echo<U>(U value) where U : struct => EchoCore(value);

            [Traced]
            private static U EchoCore<U>(U value) where U : struct => value;
        }

        public class Vault
        {
            private int _opened;

            public int Open() => OpenCore(2);

            [Traced]
            private int OpenCore([Tag] int times) => _opened += times;

            public static int Count() => CountCore();

            [Traced]
            private static int CountCore() => 7;
        }

        public class Base
        {
            public int Run() => Step();

            [Traced]
            protected virtual int Step() => 1;
        }

        public sealed class Derived : Base
        {
            protected override int Step() => 2;
        }

        public struct Meter
        {
            public int Ticks;

            public void Tick() => Advance();

            [Traced]
            private void Advance() => Ticks++;
        }

        public static class Calls
        {
            public static string Run()
            {
                var ledger = new Ledger<string>();
                ledger.Add("a");
                var meter = new Meter();
                meter.Tick();
                meter.Tick();
                return string.Join(",", ledger.Add("b"), ledger.Echo(5), new Vault().Open(), Vault.Count(), new Derived().Run(), meter.Ticks);
            }
        }
        """;

    [Theory]
    [InlineData(TargetFramework.Net80)]
    [InlineData(TargetFramework.Net100)]
    public void Private_and_protected_methods_compile_without_diagnostics(TargetFramework target)
    {
        var run = GeneratorRunner.Run(Source, target);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Private_methods_behave_as_before_and_produce_spans()
    {
        var name = nameof(Private_methods_behave_as_before_and_produce_spans);
        var assembly = Compile(name);
        using var spans = new SpanRecorder(name);

        var result = assembly.Invoke("Shop.Calls", "Run");

        Assert.Equal("2,5,2,7,2,2", result);
        Assert.Equal(
            ["Base.Step", "Ledger.Append", "Ledger.Append", "Ledger.EchoCore", "Meter.Advance", "Meter.Advance", "Vault.CountCore", "Vault.OpenCore"],
            spans.Spans.Select(s => s.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal(2, spans.Single("Vault.OpenCore").GetTagItem("times"));
    }

    [Fact]
    public void A_private_method_of_a_partial_type_is_reached_through_a_generated_accessor()
    {
        var run = GeneratorRunner.Run(Source);

        Assert.Contains("internal static int AutoInstrumentAccess_Append(global::Shop.Ledger<T> self, T entry)", run.Generated("AutoInstrument.Interceptors.g.cs"), StringComparison.Ordinal);
    }

    private static Assembly Compile(string assemblyName)
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([Source], assemblyName: assemblyName));
        Assert.Empty(run.CompilationDiagnostics);
        return LoadedAssembly.Load(run.OutputCompilation);
    }
}
