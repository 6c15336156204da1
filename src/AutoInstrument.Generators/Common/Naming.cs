using System.Text;

namespace AutoInstrument.Generators.Common;

internal static class Naming
{
    /// <summary>Joins the letter-or-digit runs of <paramref name="text"/> in PascalCase: <c>my.app-name</c> → <c>MyAppName</c>.</summary>
    public static string PascalCase(string text)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
