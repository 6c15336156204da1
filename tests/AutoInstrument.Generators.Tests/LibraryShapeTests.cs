namespace AutoInstrument.Generators.Tests;

/// <summary>
/// Shapes met while instrumenting a real library end to end (eng/annotate-library), each compiled with the generator and
/// run: the instrumented code builds without a warning and returns what the original returns.
/// </summary>
public sealed class LibraryShapeTests
{
    [Fact]
    public async Task Methods_of_a_generic_type_whose_results_do_not_mention_its_type_parameters_compile_and_run()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using AutoInstrument;

            [Traced, Measured]
            public class Machine<TState>
            {
                public int Entered { get; private set; }

                public async Task EnterAsync()
                {
                    await Task.Yield();
                    Entered++;
                }

                public async Task<bool> IsReadyAsync()
                {
                    await Task.Yield();
                    return Entered > 0;
                }

                public IEnumerable<int> Steps()
                {
                    yield return 1;
                    yield return 2;
                }
            }

            public static class Program
            {
                public static async Task<string> Run()
                {
                    var machine = new Machine<string>();
                    await machine.EnterAsync();
                    var ready = await machine.IsReadyAsync();
                    return $"{machine.Entered},{ready},{string.Join("+", machine.Steps())}";
                }
            }
            """;

        var result = await RunListened(source, nameof(Methods_of_a_generic_type_whose_results_do_not_mention_its_type_parameters_compile_and_run));

        Assert.Equal("1,True,1+2", result);
    }

    [Fact]
    public async Task Obsolete_methods_are_wrapped_without_a_warning_in_generated_code()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using AutoInstrument;

            [Traced, Measured]
            public class Api
            {
                [Obsolete("Use Next.")]
                public int Old() => 1;

                [Obsolete]
                public int Older() => 2;
            }

            public static class Program
            {
                public static Task<string> Run()
                {
                    var api = new Api();
            #pragma warning disable CS0612, CS0618 // This caller opts in to the obsolete members.
                    return Task.FromResult($"{api.Old()},{api.Older()}");
            #pragma warning restore CS0612, CS0618
                }
            }
            """;

        var result = await RunListened(source, nameof(Obsolete_methods_are_wrapped_without_a_warning_in_generated_code));

        Assert.Equal("1,2", result);
    }

    [Fact]
    public async Task Partial_form_of_an_override_instruments_calls_through_the_base_member()
    {
        const string source = """
            using System.Threading.Tasks;
            using AutoInstrument;

            public partial class Named
            {
                [Traced]
                public override partial string ToString();

                private string ToStringCore() => "named";
            }

            public static class Program
            {
                public static Task<string> Run()
                {
                    object named = new Named();
                    return Task.FromResult(named.ToString()!);
                }
            }
            """;

        var result = await RunListened(source, nameof(Partial_form_of_an_override_instruments_calls_through_the_base_member));

        Assert.Equal("named", result);
    }

    private static async Task<string> RunListened(string source, string assemblyName)
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([source], assemblyName: assemblyName));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var assembly = LoadedAssembly.Load(run.OutputCompilation);
        using var recorder = new SpanRecorder(assemblyName);

        var result = await (Task<string>)assembly.Invoke("Program", "Run")!;

        Assert.NotEmpty(recorder.Spans);
        return result;
    }
}
