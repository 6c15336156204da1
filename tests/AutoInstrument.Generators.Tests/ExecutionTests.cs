using AutoInstrument.Generators.Tests.Sources;

namespace AutoInstrument.Generators.Tests;

/// <summary>Runs the generated code: every shape behaves as before and produces its span.</summary>
public sealed class ExecutionTests
{
    private const string ExpectedResults = "3,4,9,42,2,1,6,4,Pro,name,7,4,2,2,boxed,5,HIHI,one,3,3,50;1,2,3,3,3,4,5,6";

    [Fact]
    public async Task Instrumented_code_returns_what_the_original_returns()
    {
        var assembly = Compile(nameof(Instrumented_code_returns_what_the_original_returns));
        using var recorder = new SpanRecorder(nameof(Instrumented_code_returns_what_the_original_returns));

        var result = await (Task<string>)assembly.Invoke("Shop.Program", "Run")!;

        Assert.Equal(ExpectedResults, result);
    }

    [Fact]
    public async Task Code_without_a_listener_returns_the_same_results()
    {
        var assembly = Compile(nameof(Code_without_a_listener_returns_the_same_results));

        var result = await (Task<string>)assembly.Invoke("Shop.Program", "Run")!;

        Assert.Equal(ExpectedResults, result);
    }

    [Fact]
    public async Task Every_call_produces_one_span_named_after_type_and_method()
    {
        var assembly = Compile(nameof(Every_call_produces_one_span_named_after_type_and_method));
        using var recorder = new SpanRecorder(nameof(Every_call_produces_one_span_named_after_type_and_method));

        await (Task<string>)assembly.Invoke("Shop.Program", "Run")!;

        var names = recorder.Spans.Select(s => s.DisplayName).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "Both.RunAsync", "Both.Stream", "Both.StreamAsync", "Both.Sync", "Box.Get", "Box.Map", "Calculator.Add", "Calculator.Add", "Calculator.Classify", "Calculator.CountAsync",
                "Calculator.Describe", "Calculator.Echo", "Calculator.Length", "Calculator.PingAsync", "Calculator.Range",
                "Calculator.Square", "Calculator.StreamAsync", "Calculator.Sum", "Calculator.Swap", "Calculator.TryParse",
                "Calculator.WaitAsync", "Counter.Increment", "Counter.Read", "Extensions.Shout", "IRepository.FindAsync", "orders.get",
            ],
            names);
    }

    [Fact]
    public async Task Tags_record_parameters_results_and_out_values()
    {
        var assembly = Compile(nameof(Tags_record_parameters_results_and_out_values));
        using var recorder = new SpanRecorder(nameof(Tags_record_parameters_results_and_out_values));

        await (Task<string>)assembly.Invoke("Shop.Program", "Run")!;

        var classify = recorder.Single("Calculator.Classify");
        Assert.Equal("Pro", classify.GetTagItem("hint"));
        Assert.Equal(Guid.Empty, classify.GetTagItem("user.id"));
        Assert.Equal("Pro", classify.GetTagItem("tier"));
        Assert.Equal(42, recorder.Single("Calculator.TryParse").GetTagItem("value"));
        Assert.Equal(3, recorder.Single("Calculator.Square").GetTagItem("x"));
        Assert.Equal(2, recorder.Single("Extensions.Shout").GetTagItem("times"));
    }

    [Fact]
    public async Task Code_location_is_recorded_on_every_span()
    {
        var assembly = Compile(nameof(Code_location_is_recorded_on_every_span));
        using var recorder = new SpanRecorder(nameof(Code_location_is_recorded_on_every_span));

        await (Task<string>)assembly.Invoke("Shop.Program", "Run")!;

        var square = recorder.Single("Calculator.Square");
        Assert.Equal("Shop.Calculator.Square", square.GetTagItem("code.function.name"));
        Assert.Equal("/src/File0.cs", square.GetTagItem("code.file.path"));
        Assert.Equal(LineOf("public static int Square"), square.GetTagItem("code.line.number"));
    }

    [Fact]
    public void A_thrown_exception_marks_the_span_and_reaches_the_caller_unchanged()
    {
        var assembly = Compile(nameof(A_thrown_exception_marks_the_span_and_reaches_the_caller_unchanged));
        using var recorder = new SpanRecorder(nameof(A_thrown_exception_marks_the_span_and_reaches_the_caller_unchanged));
        var calculator = Activator.CreateInstance(assembly.GetType("Shop.Calculator", throwOnError: true)!)!;

        var exception = Assert.Throws<InvalidOperationException>(() => Fail(assembly, calculator, "boom"));

        var span = recorder.Single("Calculator.Fail");
        Assert.Equal("boom", exception.Message);
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, span.Status);
        Assert.Equal("boom", span.StatusDescription);
        Assert.Equal("System.InvalidOperationException", span.GetTagItem("error.type"));
        Assert.Equal("exception", Assert.Single(span.Events).Name);
    }

    private static int LineOf(string text) =>
        ShapesSource.Code.Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    private static void Fail(System.Reflection.Assembly assembly, object calculator, string message) =>
        assembly.Invoke("Shop.Program", "CallFail", calculator, message);

    private static System.Reflection.Assembly Compile(string assemblyName)
    {
        var source = ShapesSource.Code.Replace(
            "public static class Program\n{",
            "public static class Program\n{\n    public static void CallFail(Calculator calculator, string message) => calculator.Fail(message);\n",
            StringComparison.Ordinal);
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([source], assemblyName: assemblyName));
        Assert.Empty(run.CompilationDiagnostics);
        return LoadedAssembly.Load(run.OutputCompilation);
    }
}
