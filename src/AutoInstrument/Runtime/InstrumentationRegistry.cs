using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace AutoInstrument.Runtime;

/// <summary>
/// The names of every <c>ActivitySource</c> and <c>Meter</c> declared by AutoInstrument-generated code that the
/// application was compiled against. Filled by a generated module initializer; read by <c>AddAutoInstrumentation()</c>.
/// </summary>
public static class InstrumentationRegistry
{
    private static readonly object Gate = new();
    private static readonly List<string> Names = new();
    private static readonly List<HistogramBuckets> Buckets = new();

    /// <summary>The registered source and meter names, in registration order, without duplicates.</summary>
    public static IReadOnlyList<string> SourceNames
    {
        get
        {
            lock (Gate)
            {
                return Names.ToArray();
            }
        }
    }

    /// <summary>Bucket boundaries of histograms whose runtime could not carry them as advice.</summary>
    public static IReadOnlyList<HistogramBuckets> HistogramBuckets
    {
        get
        {
            lock (Gate)
            {
                return Buckets.ToArray();
            }
        }
    }

    /// <summary>Registers the bucket boundaries of a histogram, to be applied as a view. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void RegisterBuckets(string meterName, string instrumentName, double[] boundaries)
    {
        var buckets = new HistogramBuckets(meterName, instrumentName, boundaries);
        lock (Gate)
        {
            // The declaring assembly and each of its callers register the same histogram: one view, or the SDK exports two streams.
            foreach (var registered in Buckets)
            {
                if (registered.MeterName == meterName && registered.InstrumentName == instrumentName)
                {
                    return;
                }
            }

            Buckets.Add(buckets);
        }
    }

    /// <summary>Registers source and meter names known at compile time. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(params string[] names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        lock (Gate)
        {
            foreach (var name in names)
            {
                if (!Names.Contains(name))
                {
                    Names.Add(name);
                }
            }
        }
    }
}
