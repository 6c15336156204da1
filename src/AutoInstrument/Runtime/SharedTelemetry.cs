using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Runtime;

/// <summary>
/// Hands out one <see cref="ActivitySource"/> and one <see cref="Meter"/> per name, and one histogram per meter and
/// instrument name, for the whole process. The telemetry belongs to the assembly that declares the instrumented method,
/// but wrappers are generated wherever its calls are: the declaring assembly's generated telemetry class and those of
/// every calling assembly obtain the same objects here. Called by generated code, from static field initializers only:
/// a wrapper reads the field, never this class.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SharedTelemetry
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Entry<ActivitySource>> Sources = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, Entry<Meter>> Meters = new(StringComparer.Ordinal);
    private static readonly Dictionary<Meter, Dictionary<string, Entry<Histogram<double>>>> Histograms = new();

    /// <summary>The source named <paramref name="name"/>, created with <paramref name="version"/> on the first request.</summary>
    public static ActivitySource GetActivitySource(string name, string? version)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        return GetOrCreate(Sources, name, () => new ActivitySource(name, version));
    }

    /// <summary>The meter named <paramref name="name"/>, created with <paramref name="version"/> on the first request.</summary>
    public static Meter GetMeter(string name, string? version)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        return GetOrCreate(Meters, name, () => new Meter(name, version));
    }

    /// <summary>
    /// The histogram named <paramref name="name"/> of <paramref name="meter"/>, created by <paramref name="create"/> on the
    /// first request. The caller creates it, so it passes unit, description and bucket advice as its own
    /// System.Diagnostics.DiagnosticSource allows.
    /// </summary>
    public static Histogram<double> GetHistogram(Meter meter, string name, Func<Meter, Histogram<double>> create)
    {
        if (meter is null)
        {
            throw new ArgumentNullException(nameof(meter));
        }

        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        if (create is null)
        {
            throw new ArgumentNullException(nameof(create));
        }

        Dictionary<string, Entry<Histogram<double>>>? ofMeter;
        lock (Gate)
        {
            if (!Histograms.TryGetValue(meter, out ofMeter))
            {
                ofMeter = new Dictionary<string, Entry<Histogram<double>>>(StringComparer.Ordinal);
                Histograms.Add(meter, ofMeter);
            }
        }

        return GetOrCreate(ofMeter, name, () => create(meter));
    }

    // The object is created outside the shared lock: creating a source or an instrument calls the listeners' callbacks,
    // which may run code of their own. Concurrent first requests of one name wait on its entry for a single creation.
    private static T GetOrCreate<T>(Dictionary<string, Entry<T>> objects, string name, Func<T> create)
        where T : class
    {
        Entry<T>? entry;
        lock (Gate)
        {
            if (!objects.TryGetValue(name, out entry))
            {
                entry = new Entry<T>();
                objects.Add(name, entry);
            }
        }

        lock (entry)
        {
            return entry.Value ??= create();
        }
    }

    private sealed class Entry<T>
        where T : class
    {
        public T? Value;
    }
}
