using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Tests;

/// <summary>
/// The declaration analyzers run the generator's checks without building its models (<see cref="DeclarationParser.Check"/>);
/// the two must agree: a method has a model exactly when the checks let it through, whatever its shape.
/// </summary>
public sealed class DeclarationChecksTests
{
    private const string Source = """
        using System.Threading.Tasks;
        using AutoInstrument;
        public partial class C
        {
            [Traced] public int Plain(int a) => a;
            [Traced] public ref int ByRef(ref int a) => ref a;
            [Traced] public void Tagged([Tag] object value) { }
            [Measured(Buckets = new[] { 1.0, 0.5 })] public void BadBuckets() { }
            [Traced, Measured(Buckets = new[] { 1.0, 0.5 })] public void TracedBadBuckets() { }
            [Traced] public partial Task Partial(int a);
            private Task PartialCore(int a) => Task.CompletedTask;
            [Traced] public partial void NoCore();
            private class Hidden { [Traced] public void Inside() { } }
        }
        """;

    [Theory]
    [InlineData("Plain", true)]
    [InlineData("ByRef", false)]
    [InlineData("Tagged", true)]
    [InlineData("BadBuckets", false)]
    [InlineData("TracedBadBuckets", true)]
    [InlineData("Partial", true)]
    [InlineData("NoCore", true)]
    [InlineData("Inside", true)]
    public void A_method_passes_the_checks_exactly_when_the_generator_has_a_model_of_it(string name, bool wrapped)
    {
        var compilation = GeneratorRunner.Compile([Source]);
        var types = CompilationContext.For(compilation);
        var method = Method(compilation, name);

        var passes = InstrumentedMethodParser.Check(method, types, [], CancellationToken.None);

        Assert.Equal(wrapped, passes);
        Assert.Equal(passes, InstrumentedMethodParser.Parse(method, types, CancellationToken.None) is not null);
    }

    [Theory]
    [InlineData("Partial")]
    [InlineData("NoCore")]
    public void A_partial_form_passes_its_checks_exactly_when_the_generator_implements_it(string name)
    {
        var compilation = GeneratorRunner.Compile([Source]);
        var types = CompilationContext.For(compilation);
        var method = Method(compilation, name);
        var diagnostics = new List<Diagnostic>();

        DeclarationParser.Check(method, types, diagnostics, CancellationToken.None);
        var (_, partial) = DeclarationParser.ParseMethod(method, types, CancellationToken.None);

        Assert.Equal(partial is not null, diagnostics.Count == 0);
    }

    private static IMethodSymbol Method(Compilation compilation, string name) =>
        compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>().Single(m => m.PartialDefinitionPart is null);
}
