using System.Collections.Generic;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>
/// The placeholder names of a message template in the syntax Microsoft.Extensions.Logging, Serilog and NLog share:
/// <c>{Name}</c>, <c>{@Name}</c>, <c>{$Name}</c>, <c>{Name,10:format}</c>; <c>{{</c> and <c>}}</c> are literal braces.
/// </summary>
internal static class MessageTemplate
{
    public static IReadOnlyList<string> PlaceholderNames(string template)
    {
        var names = new List<string>();
        for (var index = 0; index < template.Length; index++)
        {
            if (template[index] != '{')
            {
                continue;
            }

            if (index + 1 < template.Length && template[index + 1] == '{')
            {
                index++;
                continue;
            }

            var end = template.IndexOf('}', index);
            if (end < 0)
            {
                break;
            }

            names.Add(NameOf(template.Substring(index + 1, end - index - 1)));
            index = end;
        }

        return names;
    }

    private static string NameOf(string hole)
    {
        var name = hole.TrimStart('@', '$');
        var end = name.IndexOfAny(new[] { ',', ':' });
        return end < 0 ? name : name.Substring(0, end);
    }
}
