namespace AutoInstrument.Generators.Diagnostics;

/// <summary>Logging rules that keep messages structured: constant templates whose placeholders match their values (AI1001–AI1099).</summary>
internal static partial class DiagnosticIds
{
    public const string NonConstantMessageTemplate = "AI1001";
    public const string PlaceholderCountMismatch = "AI1002";
    public const string DuplicatePlaceholderName = "AI1003";
    public const string PositionalPlaceholders = "AI1004";
    public const string UnstructuredScope = "AI1005";
}
