// F10 — the wrapper of a [DoesNotReturn] method lacks [DoesNotReturn] (CS8770, an error with warnings as errors)
// (MoreLINQ: Lookup.cs Grouping<TKey, TElement>.ThrowModificationNotSupportedException).
using System.Diagnostics.CodeAnalysis;

public sealed class Grouping<TKey, TElement>
{
    [AutoInstrument.Traced]
    [DoesNotReturn]
    private static void ThrowImmutable() => throw new System.NotSupportedException("Grouping is immutable.");

    public void Add(TElement item) => ThrowImmutable();
}

public static class Guard
{
    [AutoInstrument.Traced]
    [DoesNotReturn]
    public static void Fail(string message) => throw new System.InvalidOperationException(message);

    public static int Check(bool ok) { if (!ok) Fail("not ok"); return 1; }
}
