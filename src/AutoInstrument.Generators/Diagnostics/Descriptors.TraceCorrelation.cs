using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor TraceIdNotTracked = CorrelationRule(
        DiagnosticIds.TraceIdNotTracked,
        "Logging is configured without trace ID activity tracking",
        "{0}: log scopes will not carry the trace ID; include ActivityTrackingOptions.TraceId or add the OpenTelemetry logging provider",
        "Log lines can only be joined to traces when they carry the trace ID. LoggerFactoryOptions.ActivityTrackingOptions is None unless a host sets it, so a factory built by hand, or options that leave TraceId out, log without it.");

    public static readonly DiagnosticDescriptor ConsoleScopesNotIncluded = CorrelationRule(
        DiagnosticIds.ConsoleScopesNotIncluded,
        "Console formatter does not include scopes",
        "'{0}' does not write scopes, where the trace ID lives; set IncludeScopes = true",
        "The trace ID that activity tracking adds to every log entry is a scope. A console or JSON console formatter without IncludeScopes drops it from the output.");

    public static readonly DiagnosticDescriptor SerilogTemplateWithoutTraceId = CorrelationRule(
        DiagnosticIds.SerilogTemplateWithoutTraceId,
        "Serilog output template does not write the trace ID",
        "The output template of '{0}' does not contain {{TraceId}}; add it so each line can be joined to its trace",
        "Serilog 3.1 and later record the current trace ID on every event, but a text sink writes only what its output template names.");

    public static readonly DiagnosticDescriptor NLogLayoutWithoutTraceId = CorrelationRule(
        DiagnosticIds.NLogLayoutWithoutTraceId,
        "NLog layout does not write the trace ID",
        "The layout of '{0}' does not contain ${{activity:property=TraceId}}; add it so each line can be joined to its trace",
        "An NLog target writes only what its layout names; the trace ID comes from the activity layout renderer of NLog.DiagnosticSource.");

    public static readonly DiagnosticDescriptor SwallowedErrorInTracedMethod = CorrelationRule(
        DiagnosticIds.SwallowedErrorInTracedMethod,
        "Traced method logs an error and swallows the exception",
        "'{0}' logs an error here and swallows the exception, so its span ends with status Unset; set the span's error status",
        "The [Traced] wrapper marks a span as failed only when an exception escapes. A catch that logs an error and does not rethrow leaves a successful-looking span next to a log line that says it failed.");

    public static readonly DiagnosticDescriptor WrongIdLoggedAsTraceId = CorrelationRule(
        DiagnosticIds.WrongIdLoggedAsTraceId,
        "Activity ID or span ID is logged as the trace ID",
        "'{0}' is logged under the name '{1}', but it is not the trace ID; log Activity.TraceId instead",
        "Activity.Id is the whole W3C traceparent value and SpanId names one span; neither matches the trace ID that trace back ends search by.");

    public static readonly DiagnosticDescriptor CurrentActivityNotNullChecked = CorrelationRule(
        DiagnosticIds.CurrentActivityNotNullChecked,
        "Activity.Current is dereferenced without a null check",
        "Activity.Current is null when no span is recorded; use 'Activity.Current?.TraceId' or check it for null",
        "Activity.Current is null whenever nothing listens to the source or the sampler drops the span, so reading its TraceId directly throws NullReferenceException in exactly the runs that are not traced.");

    private static DiagnosticDescriptor CorrelationRule(string id, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, Categories.Logging, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLinks.For(id));
}
