using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Emitting;

internal static class CSharpLiterals
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
