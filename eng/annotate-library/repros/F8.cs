// F8 — private method of a private nested type of a generic type, reached by the new generic UnsafeAccessor: the
// accessor and the wrapper name the private type (CS0122) (Superpower: Tokenizers/TokenizerBuilder.cs
// SimpleLinearTokenizer.TryMatch; MoreLINQ: Return.cs SingleElementList<T>.ReadOnlyException).
public class Builder<TKind>
{
    private sealed class Tokenizer
    {
        [AutoInstrument.Traced]
        private bool TryMatch(int start) => start > 0;

        public bool Run(int start) => TryMatch(start);
    }
}

public static class Lists
{
    private sealed class Single<T>
    {
        [AutoInstrument.Traced]
        private static System.NotSupportedException ReadOnly() => new("read-only");

        public void Add(T item) => throw ReadOnly();
    }
}
