using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Tests;

/// <summary>
/// The generator keeps what it read from unchanged calls and declarations across compilations, and reads them again
/// when an edit elsewhere can change them. Each test edits one file with a warm driver and checks the output against a
/// cold run over freshly parsed trees, then checks the change itself, so that a stale result cannot pass for a fresh one.
/// </summary>
public sealed class ReuseAcrossCompilationsTests
{
    private const string Interceptors = "AutoInstrument.Interceptors.g.cs";

    private const string Caller = """
        namespace Shop;
        public static class Caller
        {
            public static object Run(Service service) => service.Get(Limits.Small);
        }
        """;

    [Fact]
    public void A_line_added_above_the_called_method_moves_its_line_number_in_the_wrapper()
    {
        const string Service = """
            using AutoInstrument;
            namespace Shop;
            public static class Limits { public const int Small = 1; }
            public class Service
            {
                public int Helper() { return 0; }
                [Traced] public object Get(int id) => id;
            }
            """;
        var (warm, cold) = RunAfterEdit([Caller, Service], 1, Service.Replace("{ return 0; }", "{\n        return 0;\n    }"));

        Assert.Equal(cold, warm);
        Assert.Contains("\"/src/File1.cs\", 9", warm, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overload_added_in_another_file_rebinds_a_call_whose_file_did_not_change()
    {
        const string Service = """
            using AutoInstrument;
            namespace Shop;
            public static class Limits { public const int Small = 1; }
            public partial class Service { [Traced] public object Get(long id) => id; }
            """;
        const string Overload = "namespace Shop; public partial class Service { }";
        var (warm, cold) = RunAfterEdit(
            [Caller, Service, Overload],
            2,
            "using AutoInstrument; namespace Shop; public partial class Service { [Traced] public object Get(int id) => id; }");

        Assert.Equal(cold, warm);
        Assert.Contains("object Shop_Service_Get(this global::Shop.Service self, int id)", warm, StringComparison.Ordinal);
    }

    /// <summary>A constant's value decides overload resolution (1 converts to short, 100000 does not), though no body changed.</summary>
    [Fact]
    public void A_constant_changed_in_another_file_rebinds_a_call_whose_file_did_not_change()
    {
        const string Service = """
            using AutoInstrument;
            namespace Shop;
            public class Service
            {
                [Traced] public object Get(short id) => id;
                [Traced] public object Get(object id) => id;
            }
            """;
        var (warm, cold) = RunAfterEdit(
            [Caller, Service, "namespace Shop; public static class Limits { public const int Small = 1; }"],
            2,
            "namespace Shop; public static class Limits { public const int Small = 100000; }");

        Assert.Equal(cold, warm);
        Assert.Contains("this global::Shop.Service self, object id)", warm, StringComparison.Ordinal);
        Assert.DoesNotContain("short id", warm, StringComparison.Ordinal);
    }

    [Fact]
    public void A_called_method_whose_body_becomes_an_iterator_gets_an_enumeration_wrapper()
    {
        const string Service = """
            using System.Collections.Generic;
            using AutoInstrument;
            namespace Shop;
            public static class Limits { public const int Small = 1; }
            public class Service
            {
                [Traced] public IEnumerable<int> Get(int id) { return new[] { id }; }
            }
            """;
        var (warm, cold) = RunAfterEdit([Caller, Service], 1, Service.Replace("{ return new[] { id }; }", "{ yield return id; }"));

        Assert.Equal(cold, warm);
        Assert.Contains("InstrumentedEnumeration", warm, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_form_method_follows_its_core_becoming_an_iterator_in_another_part_of_its_type()
    {
        const string Declaration = """
            using System.Collections.Generic;
            using AutoInstrument;
            namespace Shop;
            public partial class Reports { [Traced] public partial IEnumerable<int> Lines(); }
            """;
        const string Core = """
            using System.Collections.Generic;
            namespace Shop;
            public partial class Reports { private IEnumerable<int> LinesCore() { return new[] { 1 }; } }
            """;
        var compilation = GeneratorRunner.Compile([Declaration, Core]);
        var first = GeneratorRunner.Run(compilation);
        var edited = ReplaceTree(compilation, 1, Core.Replace("{ return new[] { 1 }; }", "{ yield return 1; }"));

        var warm = GeneratorRunner.Run(edited, first.Driver);
        var cold = GeneratorRunner.Run(Reparsed(edited));

        Assert.NotEqual(Partial(first), Partial(warm));
        Assert.Equal(Partial(cold), Partial(warm));
    }

    private static string Partial(GeneratorRun run) =>
        run.GeneratedSources.Single(s => s.HintName.Contains("Lines", StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>The interceptors after the edit, from the driver that saw the first compilation and from a new one.</summary>
    private static (string Warm, string Cold) RunAfterEdit(string[] sources, int editedIndex, string editedSource)
    {
        var compilation = GeneratorRunner.Compile(sources);
        var first = GeneratorRunner.Run(compilation);
        Assert.True(first.HasGenerated(Interceptors), "The first compilation has no interceptors.");

        var edited = ReplaceTree(compilation, editedIndex, editedSource);
        var warm = GeneratorRunner.Run(edited, first.Driver);
        Assert.Empty(warm.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return (warm.Generated(Interceptors), GeneratorRunner.Run(Reparsed(edited)).Generated(Interceptors));
    }

    private static Compilation ReplaceTree(Compilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)old.Options, old.FilePath));
    }

    // Trees the generator has never seen, as a new build reads them: nothing it kept applies to them.
    private static Compilation Reparsed(Compilation compilation) => compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
        compilation.SyntaxTrees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)));
}
