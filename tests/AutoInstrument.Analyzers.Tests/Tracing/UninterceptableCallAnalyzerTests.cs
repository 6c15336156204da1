using AutoInstrument.Generators.Analyzers.Tracing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class UninterceptableCallAnalyzerTests
{
    private const string Declarations = """
        using System;
        using System.Linq.Expressions;
        using AutoInstrument;

        public class Service
        {
            [Traced]
            public virtual int Get(int id) => id;

            [Measured]
            public void Work() { }
        }

        public interface ICounter
        {
            [Traced]
            void Increment();
        }

        public partial class Partial
        {
            [Traced]
            public partial int Get(int id);

            private int GetCore(int id) => id;
        }

        // Stands in for the implementation the generator writes.
        public partial class Partial
        {
            public partial int Get(int id) => GetCore(id);
        }
        """;

    [Fact]
    public Task A_method_group_of_a_traced_method_is_reported() => Verify("""
        public class Caller
        {
            public Func<int, int> Make(Service service) => {|AI0004:service.Get|};
        }
        """);

    [Fact]
    public Task A_method_group_of_a_measured_method_is_reported() => Verify("""
        public class Caller
        {
            public Action Make(Service service) => {|AI0004:service.Work|};
        }
        """);

    [Fact]
    public Task A_base_call_of_a_traced_method_is_reported() => Verify("""
        public class Derived : Service
        {
            public override int Get(int id) => {|AI0004:base.Get(id)|} + 1;
        }
        """);

    [Fact]
    public Task A_call_inside_an_expression_tree_is_reported() => Verify("""
        public class Caller
        {
            public Expression<Func<Service, int>> Make() => service => {|AI0004:service.Get(1)|};
        }
        """);

    [Fact]
    public Task A_constrained_call_on_a_type_parameter_that_may_be_a_struct_is_reported() => Verify("""
        public static class Caller
        {
            public static void Bump<T>(ref T counter) where T : ICounter => {|AI0004:counter.Increment()|};
        }
        """);

    [Fact]
    public Task A_call_on_a_type_parameter_constrained_to_classes_is_not_reported() => Verify("""
        public static class Caller
        {
            public static void Bump<T>(T counter) where T : class, ICounter => counter.Increment();

            public static void Bump(ICounter counter) => counter.Increment();
        }
        """);

    [Fact]
    public Task Ordinary_calls_and_lambdas_are_not_reported() => Verify("""
        public class Caller
        {
            public int Call(Service service) => service.Get(1);

            public Func<Service, int> Make() => service => service.Get(1);
        }
        """);

    [Fact]
    public Task A_method_group_of_a_method_in_the_partial_form_is_not_reported() => Verify("""
        public class Caller
        {
            public Func<int, int> Make(Partial target) => target.Get;
        }
        """);

    private static Task Verify(string source)
    {
        var test = new CSharpAnalyzerTest<UninterceptableCallAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestState =
            {
                Sources = { Declarations, "using System;\nusing System.Linq.Expressions;\n" + source },
                AdditionalReferences = { MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location) },
            },
        };

        return test.RunAsync();
    }
}
