using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Parsing;

internal static class Identifiers
{
    /// <summary>
    /// Prefixes keywords with <c>@</c> so a parameter named <c>@event</c> stays valid in generated code; contextual keywords
    /// too, since a name like <c>await</c> or <c>yield</c> is a keyword inside the async and iterator helpers.
    /// </summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
            ? "@" + name
            : name;
}
