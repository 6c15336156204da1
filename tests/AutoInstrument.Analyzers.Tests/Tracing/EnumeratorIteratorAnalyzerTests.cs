using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Tracing.EnumeratorIteratorAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Tracing;

public sealed class EnumeratorIteratorAnalyzerTests
{
    [Fact]
    public Task Iterators_returning_an_enumerator_or_a_non_generic_enumerable_are_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced]
            public IEnumerator<int> {|AI0014:Generic|}() { yield return 1; }

            [Measured]
            public System.Collections.IEnumerator {|AI0014:NonGeneric|}() { yield return 1; }

            [Traced]
            public System.Collections.IEnumerable {|AI0014:NonGenericEnumerable|}() { yield return 1; }

            [Traced]
            public async IAsyncEnumerator<int> {|AI0014:Async|}() { await Task.Yield(); yield return 1; }
        }
        """);

    [Fact]
    public Task A_partial_form_whose_body_is_an_enumerator_iterator_is_reported() => Verifier.VerifyAsync("""
        public partial class C
        {
            [Traced]
            public partial IEnumerator<int> {|AI0014:Numbers|}();

            private IEnumerator<int> NumbersCore() { yield return 1; }

            [Traced]
            public partial IEnumerable<int> Lines();

            private IEnumerable<int> LinesCore() { yield return 1; }
        }

        // Stands in for the implementation the generator writes.
        public partial class C
        {
            public partial IEnumerator<int> Numbers() => NumbersCore();

            public partial IEnumerable<int> Lines() => LinesCore();
        }
        """);

    [Fact]
    public Task Enumerable_iterators_and_methods_that_build_their_enumerator_are_not_reported() => Verifier.VerifyAsync("""
        public class C
        {
            private readonly List<int> _items = new() { 1 };

            [Traced]
            public IEnumerable<int> Enumerable() { yield return 1; }

            [Traced]
            public async IAsyncEnumerable<int> AsyncEnumerable() { await Task.Yield(); yield return 1; }

            [Traced]
            public IEnumerator<int> Built() => _items.GetEnumerator();

            public IEnumerator<int> NotInstrumented() { yield return 1; }
        }
        """);
}
