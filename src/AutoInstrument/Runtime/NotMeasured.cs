using System.ComponentModel;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Runtime;

/// <summary>The duration tags of a method that is traced but not measured: there is no histogram to feed. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct NotMeasured : IDurationTags
{
    /// <inheritdoc/>
    public void Record(Histogram<double> histogram, double seconds, string? errorType)
    {
    }
}
