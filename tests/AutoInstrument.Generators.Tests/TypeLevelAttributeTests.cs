namespace AutoInstrument.Generators.Tests;

/// <summary>An attribute on a type instruments the type's operations: its public methods, not what every object has.</summary>
public sealed class TypeLevelAttributeTests
{
    private const string Interceptors = "AutoInstrument.Interceptors.g.cs";

    [Fact]
    public void A_traced_class_leaves_its_object_overrides_alone()
    {
        var run = GeneratorRunner.Run("""
            using AutoInstrument;

            [Traced]
            public class Order
            {
                public int Total() => 1;
                public override string ToString() => "order";
                public override bool Equals(object? other) => other is Order;
                public override int GetHashCode() => 1;
            }

            public static class Caller
            {
                public static string Run(Order order) => order.Total() + order.ToString() + order.Equals(order) + order.GetHashCode();
            }
            """);

        Assert.Empty(run.Diagnostics);
        var interceptors = run.Generated(Interceptors);
        Assert.Contains("Order_Total", interceptors, StringComparison.Ordinal);
        Assert.DoesNotContain("ToString(", interceptors, StringComparison.Ordinal);
        Assert.DoesNotContain("Equals(", interceptors, StringComparison.Ordinal);
        Assert.DoesNotContain("GetHashCode(", interceptors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_traced_record_leaves_its_synthesized_members_alone()
    {
        var run = GeneratorRunner.Run("""
            using AutoInstrument;

            [Traced]
            public record Quote(decimal Amount)
            {
                public decimal WithTax() => Amount * 1.2m;
            }

            public static class Caller
            {
                public static string Run(Quote quote) => quote.WithTax() + quote.ToString() + quote.Equals(quote) + (quote with { Amount = 2 }).Amount;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var interceptors = run.Generated(Interceptors);
        Assert.Contains("Quote_WithTax", interceptors, StringComparison.Ordinal);
        Assert.DoesNotContain("ToString(", interceptors, StringComparison.Ordinal);
        Assert.DoesNotContain("Equals(", interceptors, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_on_the_override_itself_still_instruments_it()
    {
        var run = GeneratorRunner.Run("""
            using AutoInstrument;

            public class Order
            {
                [Traced]
                public override string ToString() => "order";
            }

            public static class Caller
            {
                public static string Run(Order order) => order.ToString();
            }
            """);

        Assert.Contains("ToString(", run.Generated(Interceptors), StringComparison.Ordinal);
    }
}
