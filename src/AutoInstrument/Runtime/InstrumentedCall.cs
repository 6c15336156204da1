using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Runtime;

/// <summary>
/// Starts the span and the duration of one call of an instrumented method. The generated wrapper leaves on its own
/// inlined check when nobody listens; these run only when somebody does. Called by generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class InstrumentedCall
{
    /// <summary>The attribute, on spans and durations, naming the method.</summary>
    public const string FunctionNameTag = "code.function.name";

    /// <summary>Starts the span of a <c>[Traced]</c> method.</summary>
    public static InstrumentedCall<NotMeasured> Start(ActivitySource source, string spanName, ActivityKind kind, string functionName, string filePath, int lineNumber) =>
        new(StartActivity(source, spanName, kind, functionName, filePath, lineNumber), null, default);

    /// <summary>Starts the span and the duration of a <c>[Traced, Measured]</c> method without metric tags.</summary>
    public static InstrumentedCall<FunctionNameTags> Start(ActivitySource source, string spanName, ActivityKind kind, string functionName, string filePath, int lineNumber, Histogram<double> histogram) =>
        new(StartActivity(source, spanName, kind, functionName, filePath, lineNumber), histogram, new FunctionNameTags(functionName));

    /// <summary>Starts the span and the duration of a <c>[Traced, Measured]</c> method with metric tags.</summary>
    public static InstrumentedCall<TTags> Start<TTags>(ActivitySource source, string spanName, ActivityKind kind, string functionName, string filePath, int lineNumber, Histogram<double> histogram, TTags tags)
        where TTags : struct, IDurationTags =>
        new(StartActivity(source, spanName, kind, functionName, filePath, lineNumber), histogram, tags);

    /// <summary>Starts the duration of a <c>[Measured]</c> method without metric tags.</summary>
    public static InstrumentedCall<FunctionNameTags> Start(Histogram<double> histogram, string functionName) =>
        new(null, histogram, new FunctionNameTags(functionName));

    /// <summary>Starts the duration of a <c>[Measured]</c> method with metric tags.</summary>
    public static InstrumentedCall<TTags> Start<TTags>(Histogram<double> histogram, TTags tags)
        where TTags : struct, IDurationTags =>
        new(null, histogram, tags);

    private static Activity? StartActivity(ActivitySource source, string spanName, ActivityKind kind, string functionName, string filePath, int lineNumber)
    {
        var activity = source.StartActivity(spanName, kind);
        if (activity?.IsAllDataRequested == true)
        {
            activity.SetTag(FunctionNameTag, functionName);
            if (filePath.Length > 0)
            {
                activity.SetTag("code.file.path", filePath);
                activity.SetTag("code.line.number", LineNumbers.Box(lineNumber));
            }
        }

        return activity;
    }
}
