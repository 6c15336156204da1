using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.TracingApi;
using AutoInstrument.Generators.Analyzers.TracingApi;

namespace AutoInstrument.Analyzers.Tests.TracingApi;

public class TelemetrySourcePerCallFixerTests
{
    private static Task FixAsync(string source, string fixedSource) =>
        CorrelationTest.FixAsync<TelemetrySourcePerCallAnalyzer, TelemetrySourcePerCallFixer>(source, fixedSource);

    [Fact]
    public Task Moves_a_local_source_into_a_static_field_and_reads_the_field() => FixAsync("""
        using System.Diagnostics;

        public class Orders
        {
            public void Place()
            {
                using var source = {|AI2002:new ActivitySource("shop.orders")|};
                using var activity = source.StartActivity("place");
                activity?.SetTag("source", source.Name);
            }
        }
        """, """
        using System.Diagnostics;

        public class Orders
        {
            private static readonly ActivitySource ShopOrdersSource = new ActivitySource("shop.orders");

            public void Place()
            {
                using var activity = ShopOrdersSource.StartActivity("place");
                activity?.SetTag("source", ShopOrdersSource.Name);
            }
        }
        """);

    [Fact]
    public Task Replaces_a_creation_in_a_getter_with_a_field_of_a_name_not_taken() => FixAsync("""
        using System.Diagnostics.Metrics;

        public class Orders
        {
            private static readonly int OrdersMeter = 1;

            public Meter Current => {|AI2002:new("orders", "2.0")|};
        }
        """, """
        using System.Diagnostics.Metrics;

        public class Orders
        {
            private static readonly Meter OrdersMeter2 = new("orders", "2.0");

            private static readonly int OrdersMeter = 1;

            public Meter Current => OrdersMeter2;
        }
        """);

    [Fact]
    public Task Offers_no_fix_when_the_name_is_not_constant() =>
        CorrelationTest.NoFixAsync<TelemetrySourcePerCallAnalyzer, TelemetrySourcePerCallFixer>("""
            using System.Diagnostics;

            public class Orders
            {
                public void Place(string area)
                {
                    using var source = {|AI2002:new ActivitySource(area)|};
                }
            }
            """);

    [Fact]
    public Task Offers_no_fix_when_the_local_is_disposed_by_hand() =>
        CorrelationTest.NoFixAsync<TelemetrySourcePerCallAnalyzer, TelemetrySourcePerCallFixer>("""
            using System.Diagnostics;

            public class Orders
            {
                public void Place()
                {
                    var source = {|AI2002:new ActivitySource("orders")|};
                    source.Dispose();
                }
            }
            """);
}
