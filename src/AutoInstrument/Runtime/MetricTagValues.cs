using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Threading;

namespace AutoInstrument.Runtime;

/// <summary>
/// Metric dimension values as the objects a measurement's tags hold, made once per distinct value. Dimensions are
/// bounded by contract, so after the first calls a recording allocates nothing: no box for a number, no string for an
/// enum. Past <see cref="Capacity"/> distinct values of one type (an unbounded dimension) values are no longer kept.
/// Called by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MetricTagValues
{
    /// <summary>The most distinct values kept per type.</summary>
    public const int Capacity = 1024;

    /// <summary>The value boxed, the same object for every call with an equal value.</summary>
    public static object Box<T>(T value)
        where T : struct, IEquatable<T> => Cache<T, object>.Get(value, static v => v);

    /// <summary>The enum value's name (<c>ToString()</c>), the same string for every call with the same value.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum, string>.Get(value, static v => v.ToString());

    private static class Cache<TKey, TValue>
        where TKey : struct
        where TValue : class
    {
        private static readonly ConcurrentDictionary<TKey, TValue> Values = new();
        private static int _count;

        public static TValue Get(TKey key, Func<TKey, TValue> create)
        {
            if (Values.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var value = create(key);
            if (Volatile.Read(ref _count) < Capacity && Values.TryAdd(key, value))
            {
                Interlocked.Increment(ref _count);
            }

            return value;
        }
    }
}
