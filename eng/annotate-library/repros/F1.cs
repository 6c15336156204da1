// F1 — static class as UnsafeAccessor parameter (Superpower: Display/Presentation.cs FormatKind, TryGetTokenAttribute;
// Parsers/Character.cs Matching; Parsers/Span.cs Except).
public static class Text
{
    [AutoInstrument.Traced]
    private static string Quote(string s) => "'" + s + "'";

    public static string Describe(string s) => Quote(s);
}
