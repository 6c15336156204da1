using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Parsing;

internal static class Identifiers
{
    /// <summary>Prefixes reserved keywords with <c>@</c> so a parameter named <c>@event</c> stays valid in generated code.</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
