using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Tests;

/// <summary>What the wrapper must not change or add, beyond what the shape matrix covers: files, warnings, stack traces, paths.</summary>
public sealed class GeneratedCodeSafetyTests
{
    [Fact]
    public void Partial_form_overloads_are_each_implemented_in_a_file_of_their_own()
    {
        const string source = """
            using AutoInstrument;

            public partial class Catalog
            {
                [Traced] public partial int Get(int id);
                [Traced] public partial int Get(string name);

                private int GetCore(int id) => id;
                private int GetCore(string name) => name.Length;
            }

            public static class Program
            {
                public static int Run() => new Catalog().Get(4) + new Catalog().Get("abc");
            }
            """;

        var run = GeneratorRunner.Run(GeneratorRunner.Compile([source], assemblyName: nameof(Partial_form_overloads_are_each_implemented_in_a_file_of_their_own)));

        Assert.Null(run.GeneratorException);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(
            ["AutoInstrument.Partial.Catalog.Get(int).g.cs", "AutoInstrument.Partial.Catalog.Get(string).g.cs"],
            run.GeneratedSources.Select(s => s.HintName).Where(h => h.StartsWith("AutoInstrument.Partial.", StringComparison.Ordinal)).Order());
        using var spans = new SpanRecorder(nameof(Partial_form_overloads_are_each_implemented_in_a_file_of_their_own));
        Assert.Equal(7, LoadedAssembly.Load(run.OutputCompilation).Invoke("Program", "Run"));
        Assert.Equal(2, spans.Spans.Count);
    }

    [Fact]
    public void A_call_of_an_obsolete_method_warns_once_where_the_user_wrote_it()
    {
        const string source = """
            using System;
            using AutoInstrument;

            public class Api
            {
                [Obsolete("Use Next."), Traced]
                public int Old() => 1;
            }

            public static class Program
            {
                public static int Run() => new Api().Old();
            }
            """;

        var run = GeneratorRunner.Run(source);

        var warning = Assert.Single(run.CompilationDiagnostics);
        Assert.Equal("CS0618", warning.Id);
        Assert.Equal("/src/File0.cs", warning.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Wrapper_frames_are_left_out_of_exception_stack_traces()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using AutoInstrument;

            public class Payments
            {
                [Traced, Measured]
                public int Charge(int amount) => amount > 0 ? amount : throw new InvalidOperationException("declined");
            }

            public static class Program
            {
                public static string Run()
                {
                    try
                    {
                        new Payments().Charge(-1);
                        return "no exception";
                    }
                    catch (InvalidOperationException exception)
                    {
                        return exception.StackTrace!;
                    }
                }
            }
            """;
        var name = nameof(Wrapper_frames_are_left_out_of_exception_stack_traces);
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([source], assemblyName: name));
        Assert.Empty(run.CompilationDiagnostics);
        using var spans = new SpanRecorder(name);

        var trace = (string)LoadedAssembly.Load(run.OutputCompilation).Invoke("Program", "Run")!;

        Assert.Single(spans.Spans);
        Assert.Contains("Payments.Charge", trace, StringComparison.Ordinal);
        Assert.Contains("Program.Run", trace, StringComparison.Ordinal);
        Assert.DoesNotContain("AutoInstrument.Generated", trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_file_path_is_the_path_the_compiler_maps_as_it_would_for_CallerFilePath()
    {
        const string source = """
            using AutoInstrument;

            public class Orders
            {
                [Traced]
                public int Place() => 1;

                public static string CallerPath() => PathOf();

                private static string PathOf([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
            }

            public static class Program
            {
                public static int Run() => new Orders().Place();
            }
            """;
        var name = nameof(Code_file_path_is_the_path_the_compiler_maps_as_it_would_for_CallerFilePath);
        var compilation = GeneratorRunner.Compile([source], assemblyName: name);
        var resolver = new SourceFileResolver(ImmutableArray<string>.Empty, null, ImmutableArray.Create(new KeyValuePair<string, string>("/src/", "/_/")));
        var run = GeneratorRunner.Run(compilation.WithOptions(compilation.Options.WithSourceReferenceResolver(resolver)));
        Assert.Empty(run.CompilationDiagnostics);
        using var spans = new SpanRecorder(name);
        var assembly = LoadedAssembly.Load(run.OutputCompilation);

        assembly.Invoke("Program", "Run");

        Assert.Equal("/_/File0.cs", assembly.Invoke("Orders", "CallerPath"));
        Assert.Equal("/_/File0.cs", Assert.Single(spans.Spans).GetTagItem("code.file.path"));
    }
}
