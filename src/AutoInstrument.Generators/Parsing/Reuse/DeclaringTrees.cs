using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing.Reuse;

/// <summary>The trees a kept model was read from besides its node's own: those declaring a symbol, each once.</summary>
internal static class DeclaringTrees
{
    public static ImmutableArray<SyntaxTree> Of(ISymbol? symbol) =>
        symbol is null
            ? ImmutableArray<SyntaxTree>.Empty
            : symbol.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct().ToImmutableArray();
}
