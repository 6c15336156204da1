namespace AutoInstrument.Generators.Diagnostics;

internal static class HelpLinks
{
    private const string Base = "https://github.com/autoinstrument/autoinstrument/blob/main/docs/diagnostics/";

    public static string For(string id) => Base + id + ".md";
}
