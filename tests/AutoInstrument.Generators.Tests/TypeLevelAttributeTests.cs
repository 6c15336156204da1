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
    public void A_traced_service_leaves_its_BCL_plumbing_alone_without_a_diagnostic()
    {
        var run = GeneratorRunner.Run("""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using AutoInstrument;

            [Traced, Measured]
            public sealed class OrderService : IDisposable, IAsyncDisposable, IEnumerable<int>, IEquatable<OrderService>, IComparable<OrderService>, IFormattable
            {
                public int Place() => 1;
                public void Dispose() { }
                public ValueTask DisposeAsync() => default;
                public IEnumerator<int> GetEnumerator() { yield return 1; }
                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
                public bool Equals(OrderService? other) => other is not null;
                public int CompareTo(OrderService? other) => 0;
                public string ToString(string? format, IFormatProvider? provider) => "order";
            }

            public class Base : IDisposable { public virtual void Dispose() { } }

            [Traced]
            public class Derived : Base { public override void Dispose() { } public void Work() { } }

            public sealed class Explicit : IDisposable
            {
                [Traced]
                public void Dispose() { }
            }

            public static class Caller
            {
                public static async Task<string> Run(OrderService service, Derived derived, Explicit own)
                {
                    service.Dispose();
                    await service.DisposeAsync();
                    derived.Dispose();
                    derived.Work();
                    own.Dispose();
                    return service.Place() + service.GetEnumerator().ToString()! + service.Equals(service) + service.CompareTo(service) + service.ToString("g", null);
                }
            }
            """);

        // A type-level attribute draws no AI0011 on Dispose & co.; the attribute written on Explicit.Dispose still applies (and does).
        Assert.Equal(["AI0011"], run.Diagnostics.Select(d => d.Id));
        Assert.Contains("'Dispose' implements or overrides 'IDisposable.Dispose'", run.Diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var interceptors = run.Generated(Interceptors);
        Assert.Contains("OrderService_Place", interceptors, StringComparison.Ordinal);
        Assert.Contains("Derived_Work", interceptors, StringComparison.Ordinal);
        Assert.Contains("Explicit_Dispose", interceptors, StringComparison.Ordinal);
        foreach (var plumbing in new[] { "OrderService_Dispose", "DisposeAsync", "GetEnumerator", "Equals", "CompareTo", "ToString", "Derived_Dispose" })
        {
            Assert.DoesNotContain(plumbing, interceptors, StringComparison.Ordinal);
        }
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
