using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging.Templates;

/// <summary>Writes a constant template piece by piece: text with its braces escaped, and values as named placeholders.</summary>
internal sealed class TemplateBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<ExpressionSyntax> _values = new();
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the text the template was built from had braces, which the logging library read as placeholders.</summary>
    public bool TextHadBraces { get; private set; }

    /// <summary>Adds text as it should read in the log line.</summary>
    public void AppendText(string text)
    {
        TextHadBraces |= text.IndexOf('{') >= 0 || text.IndexOf('}') >= 0;
        _text.Append(text.Replace("{", "{{").Replace("}", "}}"));
    }

    /// <summary>Adds text that is already in template syntax, as the literal parts of a string.Format format are.</summary>
    public void AppendTemplateText(string text)
    {
        TextHadBraces |= text.Contains("{{") || text.Contains("}}");
        _text.Append(text);
    }

    public void AppendValue(ExpressionSyntax value, string? alignment, string? format)
    {
        _text.Append('{').Append(UniqueName(PlaceholderName.For(value)));
        if (alignment is not null)
        {
            _text.Append(',').Append(alignment);
        }

        if (format is not null)
        {
            _text.Append(':').Append(format);
        }

        _text.Append('}');
        _values.Add(value);
    }

    public ConstantTemplate ToTemplate(bool verbatim) => new(_text.ToString(), _values, TextHadBraces, verbatim);

    /// <summary><c>Value</c>, then <c>Value2</c>, <c>Value3</c>: names differing only in case count as the same, as AI1003 does.</summary>
    private string UniqueName(string name)
    {
        var unique = name;
        for (var suffix = 2; !_names.Add(unique); suffix++)
        {
            unique = name + suffix;
        }

        return unique;
    }
}
