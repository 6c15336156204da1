using System;
using System.Collections.Generic;

namespace AutoInstrument.Runtime;

/// <summary>The explicit bucket boundaries, in seconds, of one generated histogram.</summary>
public sealed class HistogramBuckets
{
    /// <summary>Creates the record of one histogram's boundaries.</summary>
    public HistogramBuckets(string meterName, string instrumentName, double[] boundaries)
    {
        MeterName = meterName ?? throw new ArgumentNullException(nameof(meterName));
        InstrumentName = instrumentName ?? throw new ArgumentNullException(nameof(instrumentName));
        Boundaries = boundaries ?? throw new ArgumentNullException(nameof(boundaries));
    }

    /// <summary>The meter that declares the histogram.</summary>
    public string MeterName { get; }

    /// <summary>The histogram's name.</summary>
    public string InstrumentName { get; }

    /// <summary>The boundaries in seconds, ascending.</summary>
    public IReadOnlyList<double> Boundaries { get; }
}
