using System.Globalization;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Tests;

/// <summary>
/// Each declaration diagnostic fires at the right place on wrong code and stays quiet on correct code. They come from
/// analyzers that share the generator's parser; the generator itself reports none.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string Usings = "using System; using System.Threading.Tasks; using AutoInstrument;\n";

    [Fact]
    public void AI0001_reports_missing_interceptors_opt_in_instead_of_CS9137()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced] public void M() { } void N() { M(); } }", interceptorsEnabled: false);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("AI0001", diagnostic.Id);
        Assert.False(run.HasGenerated("AutoInstrument.Interceptors.g.cs"));
        Assert.DoesNotContain(run.CompilationDiagnostics, d => d.Id == "CS9137");
    }

    [Fact]
    public void AI0001_stays_quiet_when_interceptors_are_enabled()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced] public void M() { } void N() { M(); } }");

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void AI0002_reports_an_unsupported_tag_type_at_the_attribute()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced] public void M([Tag] object value) { } }");

        AssertSingle(run, "AI0002", "Tag");
    }

    [Fact]
    public void AI0002_stays_quiet_on_supported_tag_types()
    {
        var run = GeneratorRunner.Run(Usings + """
            public enum E { A }
            public class C
            {
                [Traced]
                [return: Tag]
                public string M([Tag] int a, [Tag] string? b, [Tag] E c, [Tag] Guid d, [Tag] DateTime e, [Tag] DateTimeOffset f, [Tag] TimeSpan g, [Tag] long? h, [Tag] bool i, [Tag] double j) => "";
            }
            """);

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void AI0002_reports_a_result_tag_on_a_method_without_result()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced] [return: Tag] public Task M() => Task.CompletedTask; }");

        AssertSingle(run, "AI0002", "Tag");
    }

    [Fact]
    public void AI0002_on_a_metric_tag_speaks_of_a_metric_dimension_and_lists_what_is_supported()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced, Measured] public void M([MetricTag] double ratio, [MetricTag] int? code) { } }");

        var messages = run.Diagnostics.Select(d => (d.Id, Message: d.GetMessage(CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal("AI0002", m.Id));
        Assert.Equal(
            "'ratio' of type 'double' cannot be recorded as a metric dimension; tag an enum, bool, char, integer (byte to ulong), string, Guid, DateTime or DateTimeOffset parameter (not a nullable one), or record the value on the span with [Tag]",
            messages[0].Message);
        Assert.DoesNotContain("span attribute", messages[1].Message, StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AI0003_reports_a_ref_returning_method_and_leaves_its_calls_alone()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { int _x; [Traced] public ref int M() => ref _x; void N() { M() = 1; } }");

        AssertSingle(run, "AI0003", "M");
        Assert.False(run.HasGenerated("AutoInstrument.Interceptors.g.cs"));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("public static C operator +(C a, C b) => a;", "+")]
    [InlineData("public int P { [Traced] get => 1; }", "get")]
    [InlineData("~C() { }", "C")]
    public void AI0003_reports_a_method_that_is_not_an_ordinary_method(string member, string located)
    {
        var attributed = member.StartsWith("public static C operator", StringComparison.Ordinal) || member.StartsWith('~') ? "[Traced] " + member : member;
        var run = GeneratorRunner.Run(Usings + $"public class C {{ {attributed} }}");

        AssertSingle(run, "AI0003", located);
    }

    [Fact]
    public void AI0003_on_an_explicit_interface_implementation_says_why_and_what_to_do()
    {
        var run = GeneratorRunner.Run(Usings + "public class C : IDisposable { [Traced] void IDisposable.Dispose() { } }");

        AssertSingle(run, "AI0003", "Dispose");
        Assert.Equal(
            "'System.IDisposable.Dispose' is not instrumented: it is an explicit implementation of 'IDisposable.Dispose', which no call can bind to (calls go through the interface member, and an interceptor replaces only calls that bind to the method itself); move the body into an instrumented method (a private '[Traced] DisposeCore') that this implementation calls",
            run.Diagnostics[0].GetMessage(CultureInfo.InvariantCulture));

        var own = GeneratorRunner.Run(Usings + "public interface IRepo { int Get(); } public class Repo : IRepo { [Traced] int IRepo.Get() => 1; }");
        Assert.Contains("put the attribute on 'IRepo.Get' to instrument the calls made through it, or move the body", Assert.Single(own.Diagnostics).GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void AI0005_reports_a_method_of_a_private_nested_type()
    {
        var run = GeneratorRunner.Run(Usings + "public class Outer { private class C { [Traced] public void M() { } void N() { M(); } } }");

        AssertSingle(run, "AI0005", "M");
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AI0005_reports_a_private_generic_method_of_a_type_that_is_not_partial_on_net8()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced] private T M<T>(T x) => x; int N() => M(1); }", TargetFramework.Net80);

        AssertSingle(run, "AI0005", "M");
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AI0005_stays_quiet_on_a_private_method_reached_through_UnsafeAccessor()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced] private void M() { } void N() { M(); } }");

        Assert.Empty(run.Diagnostics);
        Assert.Contains("UnsafeAccessor", run.Generated("AutoInstrument.Interceptors.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void AI0005_stays_quiet_on_internal_methods()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Traced] internal void M() { } void N() { M(); } }");

        Assert.Empty(run.Diagnostics);
        Assert.True(run.HasGenerated("AutoInstrument.Interceptors.g.cs"));
    }

    [Fact]
    public void AI0005_stays_quiet_on_a_private_method_in_the_partial_form()
    {
        var run = GeneratorRunner.Run(Usings + "public partial class C { [Traced] private partial int M(); private int MCore() => 1; }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AI0006_reports_a_partial_declaration_without_its_core_method()
    {
        var run = GeneratorRunner.Run(Usings + "public partial class C { [Traced] public partial int M(int x); }");

        AssertSingle(run, "AI0006", "M");
    }

    [Fact]
    public void AI0006_reports_a_core_method_with_another_signature()
    {
        var run = GeneratorRunner.Run(Usings + "public partial class C { [Traced] public partial int M(int x); private int MCore(long x) => 1; }");

        AssertSingle(run, "AI0006", "M");
    }

    [Fact]
    public void AI0006_reports_a_partial_method_in_a_type_that_is_not_partial()
    {
        var run = GeneratorRunner.Run(Usings + "public class Outer { public partial class C { [Traced] public partial int M(); private int MCore() => 1; } }");

        AssertSingle(run, "AI0006", "M");
    }

    [Fact]
    public void AI0007_reports_an_awaitable_that_is_not_a_task()
    {
        var run = GeneratorRunner.Run(Usings + """
            public sealed class Later { public System.Runtime.CompilerServices.TaskAwaiter GetAwaiter() => Task.CompletedTask.GetAwaiter(); }
            public class C { [Traced] public Later M() => new Later(); }
            """);

        AssertSingle(run, "AI0007", "M");
    }

    [Theory]
    [InlineData("new[] { 0.1, -1.0 }", "-1.0")]
    [InlineData("new[] { 0.1, 0.5, 0.5 }", "0.5")]
    [InlineData("new[] { 0.5, 0.1 }", "0.1")]
    [InlineData("new double[] { }", "Buckets = new double[] { }")]
    public void AI0009_points_at_the_bad_bucket_boundary(string buckets, string located)
    {
        var run = GeneratorRunner.Run(Usings + $"public class C {{ [Measured(Buckets = {buckets})] public void M() {{ }} }}");

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("AI0009", diagnostic.Id);
        var span = diagnostic.Location.SourceSpan;
        var text = run.OutputCompilation.SyntaxTrees.First().GetText().ToString(span);
        Assert.EndsWith(located, text, StringComparison.Ordinal);
    }

    [Fact]
    public void AI0009_stays_quiet_on_ascending_positive_distinct_buckets()
    {
        var run = GeneratorRunner.Run(Usings + "public class C { [Measured(Buckets = new[] { 0.001, 0.01, 0.1, 1.0 })] public void M() { } }");

        Assert.Empty(run.Diagnostics);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("Guid")]
    [InlineData("long")]
    [InlineData("DateTime")]
    public void AI0010_warns_on_a_likely_unbounded_metric_tag(string type)
    {
        var run = GeneratorRunner.Run(Usings + $"public class C {{ [Measured] public void M([MetricTag] {type} value) {{ }} }}");

        AssertSingle(run, "AI0010", "MetricTag");
    }

    [Theory]
    [InlineData("bool value")]
    [InlineData("DayOfWeek value")]
    [InlineData("byte value")]
    [InlineData("[MetricTag(Bounded = true)] string value", false)]
    public void AI0010_stays_quiet_on_bounded_metric_tags(string parameter, bool addAttribute = true)
    {
        var declared = addAttribute ? "[MetricTag] " + parameter : parameter;
        var run = GeneratorRunner.Run(Usings + $"public class C {{ [Measured] public void M({declared}) {{ }} }}");

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void AI0011_warns_when_an_instrumented_method_implements_an_interface_member_without_the_attribute()
    {
        var run = GeneratorRunner.Run(Usings + "public interface IRepo { int Get(); } public class Repo : IRepo { [Traced] public int Get() => 1; }");

        AssertSingle(run, "AI0011", "Get");
    }

    [Fact]
    public void AI0011_warns_when_an_instrumented_method_overrides_a_method_without_the_attribute()
    {
        var run = GeneratorRunner.Run(Usings + "public class Base { public virtual int Get() => 0; } public class Derived : Base { [Measured] public override int Get() => 1; }");

        AssertSingle(run, "AI0011", "Get");
    }

    [Fact]
    public void AI0011_names_a_generic_interface_with_its_type_arguments()
    {
        var run = GeneratorRunner.Run(Usings + "public sealed class Money : System.IEquatable<Money> { [Traced] public bool Equals(Money? other) => other is not null; }");

        AssertSingle(run, "AI0011", "Equals");
        Assert.Contains("'IEquatable<Money>.Equals'", Assert.Single(run.Diagnostics).GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AI0011_stays_quiet_when_the_interface_member_is_instrumented_too()
    {
        var run = GeneratorRunner.Run(Usings + "public interface IRepo { [Traced] int Get(); } public class Repo : IRepo { [Traced] public int Get() => 1; }");

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void AI0011_on_an_override_of_a_referenced_assembly_member_recommends_the_partial_form()
    {
        var run = GeneratorRunner.Run(Usings + "public class Named { [Traced] public override string ToString() => \"named\"; }");

        AssertSingle(run, "AI0011", "ToString");
        var message = Assert.Single(run.Diagnostics).GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("partial form", message, StringComparison.Ordinal);
        Assert.DoesNotContain("put the attribute on", message, StringComparison.Ordinal);
    }

    private static void AssertSingle(GeneratorRun run, string id, string locatedText)
    {
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        // Reported by an analyzer at a location in the user's tree, where #pragma, [SuppressMessage] and .editorconfig apply.
        Assert.Same(run.OutputCompilation.SyntaxTrees.First(), diagnostic.Location.SourceTree);
        Assert.Equal(locatedText, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.Empty(run.GeneratorDiagnostics);
    }
}
