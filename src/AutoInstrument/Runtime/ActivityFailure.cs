using System;
using System.ComponentModel;
using System.Diagnostics;

namespace AutoInstrument.Runtime;

/// <summary>Marks a span as failed the way OpenTelemetry's semantic conventions describe. Called by generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ActivityFailure
{
    /// <summary>The attribute naming the class of error.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>
    /// Sets status <see cref="ActivityStatusCode.Error"/> with the exception's message, <c>error.type</c> with its
    /// full type name and an <c>exception</c> event. The caller rethrows: nothing is swallowed here.
    /// </summary>
    public static void Record(Activity activity, Exception exception)
    {
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        if (!activity.IsAllDataRequested)
        {
            return;
        }

        var type = exception.GetType().FullName;
        activity.SetTag(ErrorTypeTag, type);

        // The event Activity.AddException writes on .NET 9+, written by hand so .NET 8 and netstandard2.0 get it too.
        activity.AddEvent(new ActivityEvent("exception", tags: new ActivityTagsCollection
        {
            { "exception.type", type },
            { "exception.message", exception.Message },
            { "exception.stacktrace", exception.ToString() },
        }));
    }
}
