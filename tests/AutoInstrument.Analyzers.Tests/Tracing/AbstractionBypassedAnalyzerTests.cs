using AutoInstrument.Generators.Analyzers.Tracing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class AbstractionBypassedAnalyzerTests
{
    private const string Declarations = """
        using System.Threading.Tasks;
        using AutoInstrument;

        public interface IOrderRepository
        {
            [Traced]
            Task<int> FindAsync(int id);

            int Count();
        }

        public class SqlOrderRepository : IOrderRepository
        {
            public Task<int> FindAsync(int id) => Task.FromResult(id);

            public int Count() => 0;
        }

        public class PricingBase
        {
            [Measured]
            public virtual decimal Quote(int id) => id;
        }

        public class DiscountPricing : PricingBase
        {
            public override decimal Quote(int id) => base.Quote(id) / 2;
        }

        public class SeasonalPricing : DiscountPricing
        {
            public override decimal Quote(int id) => 1m;
        }

        public class TracedRepository : IOrderRepository
        {
            [Traced]
            public Task<int> FindAsync(int id) => Task.FromResult(id);

            public int Count() => 0;
        }
        """;

    [Fact]
    public Task A_call_on_the_implementation_of_a_traced_interface_member_is_reported() => Verify("""
        public class Caller
        {
            public Task<int> Load(SqlOrderRepository repository) => {|AI0012:repository.FindAsync(1)|};
        }
        """);

    [Fact]
    public Task A_call_on_an_override_of_a_measured_method_is_reported() => Verify("""
        public class Caller
        {
            public decimal Price(DiscountPricing pricing) => {|AI0012:pricing.Quote(1)|};
        }
        """);

    [Fact]
    public Task A_call_on_an_override_two_levels_down_is_reported() => Verify("""
        public class Caller
        {
            public decimal Price(SeasonalPricing pricing) => {|AI0012:pricing.Quote(1)|};
        }
        """);

    [Fact]
    public Task Calls_through_the_interface_and_the_base_type_are_not_reported() => Verify("""
        public class Caller
        {
            public Task<int> Load(IOrderRepository repository) => repository.FindAsync(1);

            public decimal Price(PricingBase pricing) => pricing.Quote(1);
        }
        """);

    [Fact]
    public Task A_call_on_an_implementation_with_its_own_attribute_is_not_reported() => Verify("""
        public class Caller
        {
            public Task<int> Load(TracedRepository repository) => repository.FindAsync(1);
        }
        """);

    [Fact]
    public Task A_call_of_an_uninstrumented_interface_member_is_not_reported() => Verify("""
        public class Caller
        {
            public int Count(SqlOrderRepository repository) => repository.Count();
        }
        """);

    private static Task Verify(string source)
    {
        var test = new CSharpAnalyzerTest<AbstractionBypassedAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestState =
            {
                Sources = { Declarations, "using System.Threading.Tasks;\n" + source },
                AdditionalReferences = { MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location) },
            },
        };

        return test.RunAsync();
    }
}
