using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor ActivityNotStopped = TracingApiRule(
        DiagnosticIds.ActivityNotStopped,
        "Activity is not stopped on every path",
        "The activity started here {0}, so the span never ends or ends without its duration; declare it with 'using' or stop it in a finally block",
        "A span is exported only when its Activity is stopped. One that is never stopped is lost along with its children's parent link, stays Activity.Current for the rest of the flow, and keeps its tags and events alive; one stopped only when nothing threw is lost exactly when the operation failed.");

    public static readonly DiagnosticDescriptor TelemetrySourcePerCall = TracingApiRule(
        DiagnosticIds.TelemetrySourcePerCall,
        "ActivitySource or Meter is created per call",
        "A new '{0}' is created each time '{1}' runs; create it once, in a static readonly field, and reuse it",
        "Every ActivitySource and Meter registers itself in a process-wide list and is announced to every listener when it is created, until it is disposed. One made per call costs an allocation, a lock and a round of listener callbacks on every call, and one left undisposed stays registered, with its instruments, for the life of the process.");

    public static readonly DiagnosticDescriptor SpanNameBuiltAtRunTime = TracingApiRule(
        DiagnosticIds.SpanNameBuiltAtRunTime,
        "Span name is built at run time",
        "The span name passed to '{0}' is built at run time by {1}, so every value makes a new span name; use a constant name and record the variable part as a tag",
        "Trace back ends group, count and sample spans by name. A name that holds an ID, a path or a user gives each span its own group (unbounded cardinality): latency per operation cannot be computed, name-based sampling and alerting stop working, and some back ends drop or truncate names past a limit.");

    public static readonly DiagnosticDescriptor CurrentActivityNotRestored = TracingApiRule(
        DiagnosticIds.CurrentActivityNotRestored,
        "Activity.Current is assigned without restoring it",
        "Activity.Current is assigned here and not restored in a finally block, so everything that runs after '{0}' on this flow becomes a child of this activity; save the previous value and restore it in finally",
        "Activity.Current is an AsyncLocal: what a synchronous method assigns stays current for its caller after it returns. Spans started later attach to the wrong parent, and logs carry the wrong trace ID, until something else assigns it.");

    public static readonly DiagnosticDescriptor DurationUnitMismatch = TracingApiRule(
        DiagnosticIds.DurationUnitMismatch,
        "Duration is recorded in the wrong unit",
        "'{0}' is in {1} but '{2}' is declared with unit '{3}'; record {4}",
        "A back end reads every value of an instrument in its declared unit. Milliseconds recorded into an instrument in seconds make every duration 1000 times too long, fall into the wrong histogram buckets and break latency objectives and alerts built on them.");

    private static DiagnosticDescriptor TracingApiRule(string id, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, Categories.Tracing, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLinks.For(id));
}
