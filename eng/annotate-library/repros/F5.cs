// F5 — nullable attributes of parameters are not carried to the wrapper: CS8601 in generated code (an error with
// warnings as errors) (MoreLINQ: Collections/Dictionary.cs TryGetValue).
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

public sealed class Cache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries = new();

    [AutoInstrument.Traced]
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    public static bool Has(Cache<string, string> cache) => cache.TryGetValue("a", out _);
}
