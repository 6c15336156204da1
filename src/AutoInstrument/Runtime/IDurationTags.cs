using System.ComponentModel;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Runtime;

/// <summary>
/// The tags of one call's duration, and how they reach the histogram. A struct per shape of tags keeps the recording
/// free of boxes and of interface calls: the helpers that take it are generic over it. Implemented by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IDurationTags
{
    /// <summary>Records <paramref name="seconds"/> with these tags and, when the call failed, <c>error.type</c>.</summary>
    void Record(Histogram<double> histogram, double seconds, string? errorType);
}
