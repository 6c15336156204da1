using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

/// <summary>The descriptors of every rule, grouped by area in the files of this partial class.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor InterceptorsNotEnabled = CreateCompilationEnd(
        DiagnosticIds.InterceptorsNotEnabled,
        "Interceptors are not enabled for AutoInstrument",
        "The project does not list 'AutoInstrument.Generated' in <InterceptorsNamespaces>, so calls of '{0}' are not instrumented; reference the AutoInstrument package (its props set it) or add the namespace to the property",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedTagType = Create(
        DiagnosticIds.UnsupportedTagType,
        "Tag type is not supported",
        "'{0}' of type '{1}' cannot be recorded as a span attribute; tag a primitive, string, enum, Guid, DateTime, DateTimeOffset or TimeSpan (or a nullable of those), or a property of it",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedMetricTagType = Create(
        DiagnosticIds.UnsupportedTagType,
        "Tag type is not supported",
        "'{0}' of type '{1}' cannot be recorded as a metric dimension; tag an enum, bool, char, integer (byte to ulong), string, Guid, DateTime or DateTimeOffset parameter (not a nullable one), or record the value on the span with [Tag]",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedMethodShape = Create(
        DiagnosticIds.UnsupportedMethodShape,
        "Method cannot be instrumented",
        "'{0}' is not instrumented: {1}",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CallNotInterceptable = Create(
        DiagnosticIds.CallNotInterceptable,
        "Call is not instrumented",
        "This {1} of '{0}' cannot be intercepted and runs without instrumentation; declare the method in the partial form ('[Traced] partial' with the body in '{2}Core') to instrument every caller",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InaccessibleTarget = Create(
        DiagnosticIds.InaccessibleTarget,
        "Method is not accessible to the generated wrapper",
        "'{0}' cannot be called by generated code, so its calls are not instrumented: {1}",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPartialForm = Create(
        DiagnosticIds.InvalidPartialForm,
        "Partial form is incomplete",
        "'{0}' is declared in the partial form but {1}",
        Categories.Usage,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AwaitableWrappedSynchronously = Create(
        DiagnosticIds.AwaitableWrappedSynchronously,
        "Awaitable result is measured synchronously",
        "'{0}' returns '{1}', which AutoInstrument does not await: the span ends when the method returns, not when the work completes; return Task, ValueTask or IAsyncEnumerable to cover the awaited work",
        Categories.Usage,
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidName = Create(
        DiagnosticIds.InvalidName,
        "Name is empty",
        "The {0} name given to '{1}' is empty or whitespace; give a name or remove the argument to use the default",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BlankTagName = Create(
        DiagnosticIds.InvalidName,
        "Name is empty",
        "The {0} name given to {1} of '{2}' is empty or whitespace, so it is not recorded; give a name, or remove the argument to record it as '{3}'",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidBuckets = Create(
        DiagnosticIds.InvalidBuckets,
        "Histogram buckets are invalid",
        "The buckets of '{0}' {1}; boundaries are seconds and must be positive, distinct and ascending",
        Categories.Metrics,
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnboundedMetricTag = Create(
        DiagnosticIds.UnboundedMetricTag,
        "Metric dimension is likely unbounded",
        "'{0}' of type '{1}' likely takes many distinct values, and every value creates a new time series; record it on the span with [Tag] instead, or set Bounded = true if its values are few",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UninstrumentedAbstraction = Create(
        DiagnosticIds.UninstrumentedAbstraction,
        "Calls through the abstraction are not instrumented",
        "'{0}' implements or overrides '{1}', which has no instrumentation attribute, so calls made through '{1}' are not instrumented; put the attribute on '{1}' as well",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UninstrumentedReferencedAbstraction = Create(
        DiagnosticIds.UninstrumentedAbstraction,
        "Calls through the abstraction are not instrumented",
        "'{0}' implements or overrides '{1}', declared without an instrumentation attribute in the referenced assembly '{2}', so calls made through '{1}' are not instrumented; declare '{0}' in the partial form ('[Traced] partial' with the body in '{0}Core') to instrument every caller",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AbstractionBypassed = Create(
        DiagnosticIds.AbstractionBypassed,
        "Call bypasses the instrumented abstraction",
        "This call binds to '{0}', which has no instrumentation attribute, so the instrumentation of '{1}' does not apply; call it through '{2}', or put the attribute on '{0}' as well",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id));

    /// <summary>A rule reported once the whole compilation is seen: the IDE shows it with full solution analysis only.</summary>
    private static DiagnosticDescriptor CreateCompilationEnd(string id, string title, string message, string category, DiagnosticSeverity severity) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinks.For(id), customTags: WellKnownDiagnosticTags.CompilationEnd);
}
