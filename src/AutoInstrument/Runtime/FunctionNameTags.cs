using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Runtime;

/// <summary>The tags of a method measured without metric tags: <c>code.function.name</c> alone. Used by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FunctionNameTags : IDurationTags
{
    private readonly string _functionName;

    /// <summary>Tags a duration with <paramref name="functionName"/>.</summary>
    public FunctionNameTags(string functionName) => _functionName = functionName;

    /// <inheritdoc/>
    public void Record(Histogram<double> histogram, double seconds, string? errorType)
    {
        // One or two tags go to the overloads that take them one by one: the SDK's fastest path, with no TagList.
        var function = new KeyValuePair<string, object?>(InstrumentedCall.FunctionNameTag, _functionName);
        if (errorType is null)
        {
            histogram.Record(seconds, function);
            return;
        }

        histogram.Record(seconds, function, new KeyValuePair<string, object?>(ActivityFailure.ErrorTypeTag, errorType));
    }
}
