using System.Linq;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>One hole of a message template: <c>{@Name,-10:N2}</c> has capture <c>@</c>, name <c>Name</c>, alignment <c>-10</c>, format <c>N2</c>.</summary>
internal sealed class Placeholder
{
    private Placeholder(int start, int length, char? capture, string name, string? alignment, string? format)
    {
        Start = start;
        Length = length;
        Capture = capture;
        Name = name;
        Alignment = alignment;
        Format = format;
    }

    /// <summary>Where the opening brace is in the template text.</summary>
    public int Start { get; }

    /// <summary>The length from the opening to the closing brace, both included.</summary>
    public int Length { get; }

    /// <summary><c>@</c> (destructure) or <c>$</c> (stringify), or null.</summary>
    public char? Capture { get; }

    public string Name { get; }

    public string? Alignment { get; }

    public string? Format { get; }

    /// <summary>A name made only of letters, digits and underscores, the names all three libraries read as a property.</summary>
    public bool HasPlainName => Name.Length > 0 && Name.All(character => char.IsLetterOrDigit(character) || character == '_');

    /// <summary>A string.Format-style index such as <c>{0}</c>.</summary>
    public bool IsPositional => Name.Length > 0 && Name.All(character => character is >= '0' and <= '9');

    /// <summary>The index of a positional placeholder; meaningful only when <see cref="IsPositional"/>.</summary>
    public int Index => int.TryParse(Name, out var index) ? index : -1;

    /// <summary>Reads the hole that spans <paramref name="length"/> characters from the brace at <paramref name="start"/>.</summary>
    public static Placeholder Parse(string template, int start, int length)
    {
        var hole = template.Substring(start + 1, length - 2);
        char? capture = hole.Length > 0 && hole[0] is '@' or '$' ? hole[0] : null;
        if (capture is not null)
        {
            hole = hole.Substring(1);
        }

        string? format = null;
        var colon = hole.IndexOf(':');
        if (colon >= 0)
        {
            format = hole.Substring(colon + 1);
            hole = hole.Substring(0, colon);
        }

        string? alignment = null;
        var comma = hole.IndexOf(',');
        if (comma >= 0)
        {
            alignment = hole.Substring(comma + 1);
            hole = hole.Substring(0, comma);
        }

        return new Placeholder(start, length, capture, hole, alignment, format);
    }
}
