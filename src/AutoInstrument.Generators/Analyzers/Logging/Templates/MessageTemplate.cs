using System.Collections.Generic;
using System.Linq;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// A message template in the syntax Microsoft.Extensions.Logging, Serilog and NLog share: <c>{Name}</c>,
/// <c>{@Name}</c>, <c>{$Name}</c>, <c>{Name,10:format}</c>, positional <c>{0}</c>; <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
internal sealed class MessageTemplate
{
    private MessageTemplate(IReadOnlyList<Placeholder> placeholders, bool isMalformed)
    {
        Placeholders = placeholders;
        IsMalformed = isMalformed;
    }

    /// <summary>The holes in the order they appear, including those of a malformed template up to where it breaks.</summary>
    public IReadOnlyList<Placeholder> Placeholders { get; }

    /// <summary>
    /// An unclosed or stray brace, or a hole whose name is not a plain name (<c>{ Name }</c>, <c>{}</c>, <c>{"json": 1}</c>).
    /// The libraries disagree on what such text means, so the template rules leave it alone.
    /// </summary>
    public bool IsMalformed { get; }

    public bool IsPositional => Placeholders.Count > 0 && Placeholders.All(placeholder => placeholder.IsPositional);

    /// <summary>Numbered placeholders beside named ones: every library then binds them all in order.</summary>
    public bool IsMixed => Placeholders.Any(placeholder => placeholder.IsPositional) && !IsPositional;

    public static IReadOnlyList<string> PlaceholderNames(string template) =>
        Parse(template).Placeholders.Select(placeholder => placeholder.Name).ToList();

    public static MessageTemplate Parse(string text)
    {
        var placeholders = new List<Placeholder>();
        var isMalformed = false;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if ((character == '{' || character == '}') && index + 1 < text.Length && text[index + 1] == character)
            {
                index++;
                continue;
            }

            if (character == '}')
            {
                isMalformed = true;
                continue;
            }

            if (character != '{')
            {
                continue;
            }

            var end = text.IndexOf('}', index);
            if (end < 0)
            {
                isMalformed = true;
                break;
            }

            var placeholder = Placeholder.Parse(text, index, end - index + 1);
            isMalformed |= !placeholder.HasPlainName;
            placeholders.Add(placeholder);
            index = end;
        }

        return new MessageTemplate(placeholders, isMalformed);
    }
}
