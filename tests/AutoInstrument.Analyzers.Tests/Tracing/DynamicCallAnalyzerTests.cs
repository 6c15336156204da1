using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Tracing.DynamicCallAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class DynamicCallAnalyzerTests
{
    private const string Service = """
        public class Service
        {
            [Traced]
            public int Get(int id) => id;

            public int Other(int id) => id;
        }
        """;

    [Fact]
    public Task A_dynamic_call_named_like_an_instrumented_method_is_reported() => Verifier.VerifyAsync(Service + """
        public class Caller
        {
            public object Call(dynamic service) => {|AI0004:service.Get(1)|};

            public object CallWithDynamicArgument(Service service, dynamic id) => {|AI0004:service.Get(id)|};
        }
        """);

    [Fact]
    public Task Dynamic_calls_of_other_names_and_static_calls_are_not_reported() => Verifier.VerifyAsync(Service + """
        public class Caller
        {
            public object Call(dynamic service) => service.Other(1);

            public int Static(Service service) => service.Get(1);
        }
        """);
}
