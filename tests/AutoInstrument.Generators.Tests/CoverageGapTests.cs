namespace AutoInstrument.Generators.Tests;

/// <summary>
/// What the generated code does for the shapes AI0013 and AI0014 report: the method is wrapped and behaves as before, and
/// the span ends when the method returns — at the first pending await, or when the enumerator is created. An iterator in
/// the partial form is an enumeration like any other: its span covers the enumeration of its <c>…Core</c> body.
/// </summary>
public sealed class CoverageGapTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AutoInstrument;

        namespace Shop;

        public class Jobs
        {
            public static readonly TaskCompletionSource Gate = new();

            public static int Finished;

            [Traced]
            public async void Fire()
            {
                await Gate.Task;
                Finished++;
            }

            [Traced]
            public IEnumerator<int> Numbers()
            {
                yield return 1;
                yield return 2;
            }
        }

        public partial class Reports
        {
            public static int Ran;

            [Traced]
            public partial IEnumerable<int> Lines();

            private IEnumerable<int> LinesCore()
            {
                Ran++;
                yield return 1;
                yield return 2;
            }
        }

        public static class Calls
        {
            public static IEnumerable<int> Lines() => new Reports().Lines();

            public static int LinesRan() => Reports.Ran;

            private static readonly Jobs Jobs = new();

            public static void Fire() => Jobs.Fire();

            public static void Open() => Jobs.Gate.SetResult();

            public static int Finished() => Jobs.Finished;

            public static IEnumerator<int> Numbers() => Jobs.Numbers();
        }
        """;

    [Fact]
    public void An_async_void_span_ends_at_the_first_pending_await_and_the_method_still_completes()
    {
        var name = nameof(An_async_void_span_ends_at_the_first_pending_await_and_the_method_still_completes);
        var assembly = Compile(name);
        using var recorder = new SpanRecorder(name);

        assembly.Invoke("Shop.Calls", "Fire");

        Assert.Single(recorder.Spans, s => s.DisplayName == "Jobs.Fire");
        Assert.Equal(0, assembly.Invoke("Shop.Calls", "Finished"));
        assembly.Invoke("Shop.Calls", "Open");
        Assert.Equal(1, assembly.Invoke("Shop.Calls", "Finished"));
        Assert.Single(recorder.Spans, s => s.DisplayName == "Jobs.Fire");
    }

    [Fact]
    public void An_enumerator_iterator_span_ends_before_its_body_runs_and_the_values_are_unchanged()
    {
        var name = nameof(An_enumerator_iterator_span_ends_before_its_body_runs_and_the_values_are_unchanged);
        var assembly = Compile(name);
        using var recorder = new SpanRecorder(name);

        var enumerator = (IEnumerator<int>)assembly.Invoke("Shop.Calls", "Numbers")!;

        Assert.Single(recorder.Spans, s => s.DisplayName == "Jobs.Numbers");
        var values = new List<int>();
        while (enumerator.MoveNext())
        {
            values.Add(enumerator.Current);
        }

        Assert.Equal([1, 2], values);
        Assert.Single(recorder.Spans);
    }

    [Fact]
    public void An_iterator_in_the_partial_form_is_traced_over_its_enumeration()
    {
        var name = nameof(An_iterator_in_the_partial_form_is_traced_over_its_enumeration);
        var assembly = Compile(name);
        using var recorder = new SpanRecorder(name);

        var lines = (IEnumerable<int>)assembly.Invoke("Shop.Calls", "Lines")!;

        Assert.Empty(recorder.Spans);
        Assert.Equal([1, 2], lines.ToList());
        Assert.Equal(1, assembly.Invoke("Shop.Calls", "LinesRan"));
        Assert.Single(recorder.Spans, s => s.DisplayName == "Reports.Lines");
    }

    private static System.Reflection.Assembly Compile(string assemblyName)
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([Source], assemblyName: assemblyName));
        Assert.Empty(run.DeclarationDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.True(run.HasGenerated("AutoInstrument.Interceptors.g.cs"));
        return LoadedAssembly.Load(run.OutputCompilation);
    }
}
