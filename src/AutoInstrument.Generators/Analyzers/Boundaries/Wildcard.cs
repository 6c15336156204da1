namespace AutoInstrument.Generators.Analyzers.Boundaries;

/// <summary>Matches the patterns of the boundary lists: <c>*</c> is any run of characters (none too), <c>?</c> is one.</summary>
internal static class Wildcard
{
    public static bool HasWildcards(string pattern) => pattern.IndexOf('*') >= 0 || pattern.IndexOf('?') >= 0;

    public static bool IsMatch(string text, string pattern)
    {
        int t = 0, p = 0, star = -1, resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                t++;
                p++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                // Remember the star and let it take nothing first; on a mismatch it takes one more character.
                star = p++;
                resume = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
