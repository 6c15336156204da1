using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.CodeFixes.Tracing;
using AutoInstrument.Generators.Analyzers.Tracing;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class ConvertToPartialFormFixerTests
{
    [Fact]
    public async Task A_method_used_as_a_delegate_is_converted_to_the_partial_form()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using AutoInstrument;

            public class Users
            {
                [Traced]
                public async Task<string> GetAsync([Tag("user.id")] int id)
                {
                    await Task.Yield();
                    return "user" + id;
                }
            }

            public class Caller
            {
                public Func<int, Task<string>> Loader(Users users) => users.GetAsync;
            }
            """;

        var result = await GeneratorFixRunner.ApplyAsync(source, "AI0004", new ConvertToPartialFormFixer(), new UninterceptableCallAnalyzer());

        Assert.Equal("Convert 'GetAsync' to the partial form", result.Title);
        Assert.Contains("public partial class Users", result.FixedSource, StringComparison.Ordinal);
        Assert.Contains("[Traced]\n    public partial Task<string> GetAsync([Tag(\"user.id\")] int id);", result.FixedSource, StringComparison.Ordinal);
        Assert.Contains("private async Task<string> GetAsyncCore(int id)", result.FixedSource, StringComparison.Ordinal);
        Assert.Empty(result.DiagnosticsAfter);
    }

    [Fact]
    public async Task A_method_the_compiler_calls_from_a_collection_initializer_is_converted_to_the_partial_form()
    {
        const string source = """
            using System;
            using System.Collections;
            using AutoInstrument;

            public class Bag : IEnumerable
            {
                [Traced]
                public void Add(int item) { }

                public IEnumerator GetEnumerator() => Array.Empty<int>().GetEnumerator();
            }

            public class Caller
            {
                public Bag Make() => new Bag { Seed() };

                private static int Seed() => 1;
            }
            """;

        var result = await GeneratorFixRunner.ApplyAsync(source, "AI0004", new ConvertToPartialFormFixer(), new CompilerGeneratedCallAnalyzer());

        // The diagnostic is on the element 'Seed()': the fix converts the Add the compiler calls, not Seed.
        Assert.Equal("Convert 'Add' to the partial form", result.Title);
        Assert.Contains("public partial void Add(int item);", result.FixedSource, StringComparison.Ordinal);
        Assert.Contains("private void AddCore(int item) { }", result.FixedSource, StringComparison.Ordinal);
        Assert.Empty(result.DiagnosticsAfter);
    }

    [Fact]
    public async Task A_private_method_out_of_reach_is_converted_to_the_partial_form()
    {
        const string source = """
            using AutoInstrument;

            public class Cache
            {
                public T Get<T>(T value) => Load(value);

                [Traced]
                private T Load<T>(T value) => value;
            }
            """;

        var result = await GeneratorFixRunner.ApplyAsync(source, "AI0005", new ConvertToPartialFormFixer());

        Assert.Contains("private partial T Load<T>(T value);", result.FixedSource, StringComparison.Ordinal);
        Assert.Contains("private T LoadCore<T>(T value) => value;", result.FixedSource, StringComparison.Ordinal);
        Assert.Empty(result.DiagnosticsAfter);
    }
}
