namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// The checks on attribute arguments that decide what the generated code records. The parser applies them to leave an
/// invalid value out, and the analyzers call the same functions to report it, so the two agree by construction.
/// </summary>
internal static class ArgumentRules
{
    /// <summary>The longest instrument name the OpenTelemetry SDK accepts.</summary>
    public const int MaxInstrumentNameLength = 255;

    /// <summary>A name given explicitly (not omitted) that is empty or only whitespace.</summary>
    public static bool IsBlank(string? name) => name is not null && string.IsNullOrWhiteSpace(name);

    /// <summary>
    /// Why the OpenTelemetry SDK would reject an instrument name, or null when it accepts it. The SDK
    /// (<c>MetricGuard.InstrumentNameRegex</c>, <c>^[a-z][a-z0-9-._/]{0,254}$</c>, ignoring case) and the specification ask
    /// for an ASCII letter first, then ASCII letters, digits, '_', '.', '-' or '/', at most 255 characters in all; an
    /// instrument with any other name is dropped with only an event-source warning.
    /// </summary>
    public static string? InstrumentNameProblem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (name.Length > MaxInstrumentNameLength)
        {
            return $"it is {name.Length} characters long, more than {MaxInstrumentNameLength}";
        }

        if (!IsAsciiLetter(name[0]))
        {
            return $"it starts with {Describe(name[0])}, not an ASCII letter";
        }

        foreach (var c in name)
        {
            if (!(IsAsciiLetter(c) || c is >= '0' and <= '9' or '_' or '.' or '-' or '/'))
            {
                return "it contains " + Describe(c);
            }
        }

        return null;
    }

    /// <summary>
    /// Attribute names the wrapper sets itself: <c>code.*</c> on every span and measurement, <c>error.type</c> and the
    /// <c>exception</c> event's <c>exception.*</c> on failure. A tag with one of them would overwrite or duplicate them.
    /// </summary>
    public static bool IsReservedTagName(string name) =>
        name is "code.function.name" or "code.file.path" or "code.line.number" or "error.type"
        || name.StartsWith("exception.", System.StringComparison.Ordinal);

    /// <summary>The <c>ActivityKind</c> member of a <c>Kind</c> value, or null when the value is not one of them.</summary>
    public static string? ActivityKindName(int value) => value switch
    {
        0 => "Internal",
        1 => "Server",
        2 => "Client",
        3 => "Producer",
        4 => "Consumer",
        _ => null,
    };

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\t' => "a tab",
        _ when char.IsControl(c) => $"'\\u{(int)c:x4}'",
        _ => $"'{c}'",
    };
}
