using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using Microsoft.CodeAnalysis;
using static AutoInstrument.Analyzers.Tests.TracingApi.TracingApiTest;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class TelemetrySourcePerCallAnalyzerTests
{
    private static Task AnalyzeAsync(string members) => CorrelationTest.AnalyzeAsync<TelemetrySourcePerCallAnalyzer>(InClass(members));

    [Fact]
    public Task Flags_a_source_created_in_a_method() => AnalyzeAsync("""
        public void Place()
        {
            using var source = {|AI2002:new ActivitySource("orders.place")|};
            using var activity = source.StartActivity("place");
        }
        """);

    [Fact]
    public Task Flags_a_meter_used_at_once() => AnalyzeAsync("""
        public void Place() => {|AI2002:new Meter("orders.place")|}.CreateCounter<int>("orders.placed").Add(1);
        """);

    [Fact]
    public Task Flags_a_property_getter_that_creates_one_on_every_read() => AnalyzeAsync("""
        public ActivitySource Tracing => {|AI2002:new("orders.tracing")|};
        """);

    [Fact]
    public Task Flags_a_source_created_in_a_lambda() => AnalyzeAsync("""
        public Action Place() => () =>
        {
            ActivitySource source = {|AI2002:new("orders.place")|};
            source.StartActivity("place")?.Dispose();
        };
        """);

    [Fact]
    public Task Is_silent_on_field_and_property_initializers() => AnalyzeAsync("""
        private readonly Meter _meter = new("orders.instance");

        public static ActivitySource Tracing { get; } = new("orders.tracing");
        """);

    [Fact]
    public Task Is_silent_in_constructors() => AnalyzeAsync("""
        private static readonly ActivitySource Created;
        private readonly Meter _meter;

        static Orders() => Created = new ActivitySource("orders.static");

        public Orders()
        {
            var meter = new Meter("orders.instance");
            _meter = meter;
        }
        """);

    [Fact]
    public Task Is_silent_on_a_lazily_initialised_static_field() => AnalyzeAsync("""
        private static ActivitySource? _lazy;

        public void Place()
        {
            _lazy ??= new ActivitySource("orders.lazy");
            using var activity = _lazy.StartActivity("place");
        }
        """);

    [Fact]
    public Task Is_silent_on_factories_that_return_or_pass_it_on() => AnalyzeAsync("""
        private static T Register<T>(Func<T> factory) => factory();

        public static Meter CreateMeter() => new Meter("orders.factory");

        public void Configure()
        {
            Register(() => new ActivitySource("orders.registered"));
            Register(() => { return new Meter("orders.registered"); });
        }
        """);

    [Fact]
    public Task Is_silent_on_IMeterFactory_Create() => AnalyzeAsync("""
        public void Place(IMeterFactory factory) => factory.Create("orders.factory").CreateCounter<int>("orders.placed").Add(1);
        """);

    [Fact]
    public Task Is_silent_in_the_entry_point() => AnalyzerVerifier<TelemetrySourcePerCallAnalyzer>.VerifyAsync("""
        public static class Program
        {
            public static void Main()
            {
                using var source = new ActivitySource("app");
                using var activity = source.StartActivity("run");
            }
        }
        """, OutputKind.ConsoleApplication);

    [Fact]
    public Task Is_silent_in_a_test_method_that_keeps_its_telemetry_apart() => AnalyzeAsync("""
        [Xunit.Fact]
        public void Records_the_duration()
        {
            using var meter = new Meter("tests.orders");
            meter.CreateHistogram<double>("orders.duration", "s").Record(0.1);
        }
        }

        namespace Xunit
        {
            public class FactAttribute : System.Attribute { }
        """);

    [Fact]
    public Task Is_silent_in_a_test_method_of_an_attribute_derived_from_the_frameworks() => AnalyzeAsync("""
        [SkippableFact]
        public void Starts_a_span()
        {
            using var source = new ActivitySource("tests.orders");
            using var activity = source.StartActivity("place");
        }

        private sealed class SkippableFactAttribute : Xunit.FactAttribute { }
        }

        namespace Xunit
        {
            public class FactAttribute : System.Attribute { }
        """);

    [Fact]
    public Task Flags_a_method_with_an_attribute_of_no_test_framework() => AnalyzeAsync("""
        [System.Obsolete]
        public void Place()
        {
            using var source = {|AI2002:new ActivitySource("orders.obsolete")|};
        }
        """);
}
