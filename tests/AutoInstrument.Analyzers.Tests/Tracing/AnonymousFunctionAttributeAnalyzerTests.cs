using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Analyzers.Tracing;
using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Tracing.AnonymousFunctionAttributeAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class AnonymousFunctionAttributeAnalyzerTests
{
    private const string Routes = """
        public static class Routes
        {
            public static void MapGet(string pattern, Delegate handler) { }
        }
        """;

    [Fact]
    public Task An_instrumentation_attribute_on_a_lambda_is_reported() => Verifier.VerifyAsync(Routes + """
        public class Startup
        {
            public void Configure()
            {
                Routes.MapGet("/ping", [{|AI0015:Traced|}] () => "pong");
                Func<int, int> square = [{|AI0015:Measured("square.duration")|}] (int x) => x * x;
            }
        }
        """);

    [Fact]
    public Task An_instrumentation_attribute_on_a_local_function_is_reported() => Verifier.VerifyAsync("""
        public class C
        {
            public int M()
            {
                [{|AI0015:Traced|}]
                int Local() => 1;

                [{|AI0015:Measured|}, {|AI0015:Traced("named")|}]
                static int Both() => 2;

                return Local() + Both();
            }
        }
        """);

    [Fact]
    public Task Named_methods_and_lambdas_with_other_attributes_are_not_reported() => Verifier.VerifyAsync(Routes + """
        public class Startup
        {
            [Traced]
            public static string Ping() => "pong";

            public void Configure()
            {
                Routes.MapGet("/ping", () => Ping());
                Routes.MapGet("/obsolete", [Obsolete] () => "old");

                [Obsolete]
                int Local() => 1;
            }
        }
        """);

    [Fact]
    public async Task The_message_names_the_local_function_and_advises_a_named_method()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            new AnonymousFunctionAttributeAnalyzer(), "public class C { public int M() { [Traced] int Local() => 1; return Local(); } }");

        Assert.Equal(
            "[Traced] on the local function 'Local' has no effect: only methods are instrumented; move the body into a named method with the attribute and call it from here",
            Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
