namespace AutoInstrument.Generators.Diagnostics;

/// <summary>Logging rules that keep every log line joinable to its trace (AI1101–AI1199).</summary>
internal static partial class DiagnosticIds
{
    public const string TraceIdNotTracked = "AI1101";
    public const string ConsoleScopesNotIncluded = "AI1102";
    public const string SerilogTemplateWithoutTraceId = "AI1103";
    public const string NLogLayoutWithoutTraceId = "AI1104";
    public const string SwallowedErrorInTracedMethod = "AI1105";
    public const string WrongIdLoggedAsTraceId = "AI1106";
    public const string CurrentActivityNotNullChecked = "AI1107";
}
