using System;
using System.Text;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes C# source line by line with four-space indentation, so emitters read like the code they produce.
/// Blank lines are written lazily: never twice in a row, never right after an opening or before a closing brace.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;
    private bool _blankLinePending;

    public SourceWriter Line(string text = "")
    {
        if (text.Length == 0)
        {
            _blankLinePending = _builder.Length > 0 && !EndsWithOpeningBrace();
            return this;
        }

        if (_blankLinePending && !text.StartsWith("}", StringComparison.Ordinal))
        {
            _builder.Append('\n');
        }

        _blankLinePending = false;
        for (var i = 0; i < _indent; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        return OpenBrace();
    }

    public SourceWriter OpenBrace()
    {
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("No block is open.");
        }

        _indent--;
        return Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();

    private bool EndsWithOpeningBrace() => _builder.Length >= 2 && _builder[_builder.Length - 2] == '{' && _builder[_builder.Length - 1] == '\n';
}
