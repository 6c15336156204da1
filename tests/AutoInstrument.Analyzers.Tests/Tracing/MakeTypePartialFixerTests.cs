using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.CodeFixes.Tracing;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class MakeTypePartialFixerTests
{
    [Fact]
    public async Task Making_the_types_partial_lets_the_generator_reach_a_private_generic_method()
    {
        const string source = """
            using AutoInstrument;

            public class Outer
            {
                public class Cache
                {
                    public T Get<T>(T value) => Load(value);

                    [Traced]
                    private T Load<T>(T value) => value;
                }
            }
            """;

        var result = await GeneratorFixRunner.ApplyAsync(source, "AI0005", new MakeTypePartialFixer());

        Assert.Equal("Make 'Cache' partial", result.Title);
        Assert.Contains("public partial class Outer", result.FixedSource, StringComparison.Ordinal);
        Assert.Contains("public partial class Cache", result.FixedSource, StringComparison.Ordinal);
        Assert.Empty(result.DiagnosticsAfter);
    }

    [Fact]
    public async Task No_fix_is_offered_for_a_method_of_a_private_nested_type()
    {
        const string source = """
            using AutoInstrument;

            public class Outer
            {
                private class Hidden
                {
                    [Traced]
                    public void Run() { }
                }
            }
            """;

        Assert.Equal(0, await GeneratorFixRunner.CountFixesAsync(source, "AI0005", new MakeTypePartialFixer()));
    }
}
