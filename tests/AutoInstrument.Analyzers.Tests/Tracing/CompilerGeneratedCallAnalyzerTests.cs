using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Tracing.CompilerGeneratedCallAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class CompilerGeneratedCallAnalyzerTests
{
    private const string Declarations = """
        using System;
        using System.Collections;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AutoInstrument;

        public class Bag : IEnumerable
        {
            [Traced]
            public void Add(int item) { }

            public IEnumerator GetEnumerator() => Array.Empty<int>().GetEnumerator();
        }

        public class Box<T> : IEnumerable<T>
        {
            [Measured]
            public void Add(T item) { }

            public IEnumerator<T> GetEnumerator() => new List<T>().GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Rows
        {
            [Traced]
            public List<int>.Enumerator GetEnumerator() => new List<int>().GetEnumerator();
        }

        public class Cursor
        {
            public Enumerator GetEnumerator() => new();

            public struct Enumerator
            {
                [Measured]
                public bool MoveNext() => false;

                public int Current => 0;
            }
        }

        public class Point
        {
            [Traced]
            public void Deconstruct(out int x, out int y) => (x, y) = (1, 2);
        }

        public class Resource : IDisposable
        {
            [Traced]
            public void Dispose() { }
        }

        public class AsyncResource : IAsyncDisposable
        {
            [Traced]
            public ValueTask DisposeAsync() => default;
        }

        public class Later
        {
            [Traced]
            public System.Runtime.CompilerServices.TaskAwaiter GetAwaiter() => Task.CompletedTask.GetAwaiter();
        }

        public class Table
        {
            public Enumerator GetEnumerator() => new();

            public struct Enumerator : IDisposable
            {
                public bool MoveNext() => false;

                public int Current => 0;

                [Traced]
                public void Dispose() { }
            }
        }

        public class Feed
        {
            public Enumerator GetAsyncEnumerator() => new();

            public sealed class Enumerator
            {
                public int Current => 0;

                [Traced]
                public ValueTask<bool> MoveNextAsync() => new(false);
            }
        }

        public ref struct Lease
        {
            [Traced]
            public void Dispose() { }
        }

        [System.Runtime.CompilerServices.InterpolatedStringHandler]
        public ref struct Message
        {
            public Message(int literalLength, int formattedCount) { }

            [Traced]
            public void AppendLiteral(string text) { }

            public void AppendFormatted<T>(T value) { }
        }

        public static class Log
        {
            public static void Write(Message message) { }
        }

        [System.Runtime.CompilerServices.CollectionBuilder(typeof(Ids), nameof(Ids.Create))]
        public sealed class Ids : IEnumerable<int>
        {
            [Traced]
            public static Ids Create(ReadOnlySpan<int> items) => new();

            public IEnumerator<int> GetEnumerator() => new List<int>().GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Numbers
        {
            [Traced]
            public Numbers Select(Func<int, int> selector) => this;
        }
        """;

    [Fact]
    public Task A_collection_initializer_Add_is_reported() => Verifier.VerifyAsync(
        "public class Caller { public Bag Make() => new Bag { {|AI0004:1|}, {|AI0004:2|} }; }", otherSources: Declarations);

    [Fact]
    public Task The_Add_of_a_collection_expression_is_reported() => Verifier.VerifyAsync(
        "public class Caller { public Bag Make() => [{|AI0004:1|}, {|AI0004:2|}]; public Box<string> Box() => [{|AI0004:\"a\"|}]; }", otherSources: Declarations);

    [Fact]
    public Task Foreach_calls_of_GetEnumerator_and_MoveNext_are_reported() => Verifier.VerifyAsync("""
        public class Caller
        {
            public void Loop(Rows rows, Cursor cursor)
            {
                foreach (var row in {|AI0004:rows|}) { }
                foreach (var item in {|AI0004:cursor|}) { }
            }
        }
        """, otherSources: Declarations);

    [Fact]
    public Task Deconstruction_and_positional_patterns_are_reported() => Verifier.VerifyAsync("""
        public class Caller
        {
            public int Use(Point point)
            {
                {|AI0004:var (x, y) = point|};
                return point is {|AI0004:(1, _)|} ? x : y;
            }
        }
        """, otherSources: Declarations);

    [Fact]
    public Task Using_and_await_using_disposals_are_reported() => Verifier.VerifyAsync("""
        public class Caller
        {
            public async Task Use()
            {
                using ({|AI0004:var first = new Resource()|}) { }
                using {|AI0004:var second = new Resource()|};
                await using ({|AI0004:var third = new AsyncResource()|}) { }
            }
        }
        """, otherSources: Declarations);

    [Fact]
    public Task An_awaited_GetAwaiter_and_a_query_expression_method_are_reported() => Verifier.VerifyAsync("""
        public class Caller
        {
            public async Task Wait() => {|AI0004:await new Later()|};

            public Numbers Query(Numbers numbers) => from n in numbers {|AI0004:select n + 1|};
        }
        """, otherSources: Declarations);

    [Fact]
    public Task Foreach_disposal_await_foreach_and_a_ref_struct_using_are_reported() => Verifier.VerifyAsync("""
        public class Caller
        {
            public async Task Loop(Table table, Feed feed)
            {
                foreach (var row in {|AI0004:table|}) { }
                await foreach (var item in {|AI0004:feed|}) { }
                using ({|AI0004:var lease = new Lease()|}) { }
            }
        }
        """, otherSources: Declarations);

    [Fact]
    public Task An_interpolated_string_handler_and_a_collection_builder_are_reported() => Verifier.VerifyAsync("""
        public class Caller
        {
            public void Write(int id) => Log.Write($"{|AI0004:order |}{id}");

            public Ids Make() => {|AI0004:[1, 2]|};
        }
        """, otherSources: Declarations);

    [Fact]
    public Task Explicit_calls_and_uninstrumented_compiler_calls_are_not_reported() => Verifier.VerifyAsync("""
        public class Caller
        {
            public async Task Use(Bag bag, Rows rows, Point point, Resource resource, List<int> list)
            {
                bag.Add(1);
                rows.GetEnumerator();
                point.Deconstruct(out var x, out var y);
                resource.Dispose();
                await new AsyncResource().DisposeAsync();
                var copy = new List<int> { 1, 2 };
                List<int> items = [1, 2];
                int[] array = [1, 2];
                foreach (var item in list) { }
                var (a, b) = (1, 2);
                using var stream = new System.IO.MemoryStream();
                await Task.Yield();
            }
        }
        """, otherSources: Declarations);
}
