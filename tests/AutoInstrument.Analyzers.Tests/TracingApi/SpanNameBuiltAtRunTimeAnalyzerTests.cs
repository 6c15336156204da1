using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Analyzers.TracingApi;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class SpanNameBuiltAtRunTimeAnalyzerTests
{
    private static Task AnalyzeAsync(string members) => CorrelationTest.AnalyzeAsync<SpanNameBuiltAtRunTimeAnalyzer>(InClass(members));

    [Fact]
    public Task Flags_an_interpolated_name() => AnalyzeAsync("""
        public void Get(string path) { using var activity = Source.StartActivity({|AI2003:$"GET {path}"|}); }
        """);

    [Fact]
    public Task Flags_a_concatenated_name() => AnalyzeAsync("""
        public void Get(int id) { using var activity = Source.StartActivity({|AI2003:"order " + id|}, ActivityKind.Server); }
        """);

    [Fact]
    public Task Flags_a_name_from_string_Format() => AnalyzeAsync("""
        public void Get(int id) { using var activity = Source.StartActivity(ActivityKind.Client, default, name: {|AI2003:string.Format("order {0}", id)|}); }
        """);

    [Fact]
    public Task Flags_a_name_built_for_CreateActivity() => AnalyzeAsync("""
        public void Get(Guid id) { using var activity = Source.CreateActivity({|AI2003:id.ToString()|}, ActivityKind.Internal); }
        """);

    [Fact]
    public Task Flags_a_name_built_for_a_new_activity() => AnalyzeAsync("""
        public void Get(string path) { using var activity = new Activity({|AI2003:$"GET {path}"|}).Start(); }
        """);

    [Fact]
    public Task Is_silent_on_a_constant_or_nameof() => AnalyzeAsync("""
        private const string Area = "orders";

        public void Get()
        {
            using var first = Source.StartActivity("GET /orders/{id}");
            using var second = Source.StartActivity(nameof(Get));
            using var third = Source.StartActivity($"{Area}.{nameof(Get)}");
            using var fourth = Source.StartActivity(Area + ".get");
        }
        """);

    [Fact]
    public Task Is_silent_on_a_name_that_varies_only_by_type_name() => AnalyzeAsync("""
        public void Migrate<TContext>()
        {
            using var first = Source.StartActivity($"Migrating {typeof(TContext).Name}");
            using var second = Source.StartActivity(GetType().FullName + ".migrate");
        }
        """);

    [Fact]
    public Task Flags_a_name_with_a_type_name_and_a_value() => AnalyzeAsync("""
        public void Migrate<TContext>(int step) { using var activity = Source.StartActivity({|AI2003:$"Migrating {typeof(TContext).Name} {step}"|}); }
        """);

    [Fact]
    public Task Is_silent_on_a_variable_parameter_or_field() => AnalyzeAsync("""
        private static readonly string Name = "orders.get";

        public Activity? Start(string name) => Source.StartActivity(name);

        public void Get() { using var activity = Source.StartActivity(Name); }
        """);

    [Fact]
    public Task Is_silent_on_the_caller_member_name_default() => AnalyzeAsync("""
        public void Get() { using var activity = Source.StartActivity(ActivityKind.Server); }
        """);

    [Fact]
    public async Task Message_says_what_built_the_name_and_where_the_value_belongs()
    {
        var diagnostic = Assert.Single(await AnalyzerRun.DiagnosticsAsync(new SpanNameBuiltAtRunTimeAnalyzer(), InClass("""
            public void Get(string path) { using var activity = Source.StartActivity($"GET {path}"); }
            """)));

        Assert.Equal(
            "The span name passed to 'ActivitySource.StartActivity' is built at run time by string interpolation, so every value makes a new span name; use a constant name and record the variable part as a tag",
            diagnostic.GetMessage());
    }
}
