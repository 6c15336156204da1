namespace AutoInstrument.Generators.Diagnostics;

/// <summary>
/// Every diagnostic ID AutoInstrument reports. AI0xxx: generator usage; AI1xxx: logging; AI2xxx: tracing API hygiene.
/// Each has a page at docs/diagnostics/&lt;ID&gt;.md.
/// </summary>
internal static partial class DiagnosticIds
{
    public const string InterceptorsNotEnabled = "AI0001";
    public const string UnsupportedTagType = "AI0002";
    public const string UnsupportedMethodShape = "AI0003";
    public const string CallNotInterceptable = "AI0004";
    public const string InaccessibleTarget = "AI0005";
    public const string InvalidPartialForm = "AI0006";
    public const string AwaitableWrappedSynchronously = "AI0007";
    public const string InvalidName = "AI0008";
    public const string InvalidBuckets = "AI0009";
    public const string UnboundedMetricTag = "AI0010";
    public const string UninstrumentedAbstraction = "AI0011";
    public const string AbstractionBypassed = "AI0012";
    public const string AsyncVoidMethod = "AI0013";
    public const string EnumeratorIterator = "AI0014";
    public const string AnonymousFunctionAttribute = "AI0015";
    public const string NoVisibleCallSite = "AI0016";
    public const string DuplicateTagName = "AI0017";
    public const string ReservedTagName = "AI0018";
    public const string InvalidInstrumentName = "AI0019";
    public const string ConflictingInstrument = "AI0020";
    public const string InvalidSpanKind = "AI0021";
    public const string UninstrumentedBoundary = "AI0022";
}
