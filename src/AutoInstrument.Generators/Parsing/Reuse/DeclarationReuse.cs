using System.Threading;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing.Reuse;

/// <summary>
/// Parses a <c>[Traced]</c> or <c>[Measured]</c> declaration once for as long as the result holds
/// (<see cref="ReuseTable{TNode, TModel}"/>): an edit re-reads only the declarations it can have changed.
/// </summary>
internal static class DeclarationReuse
{
    private static readonly ReuseTable<SyntaxNode, DeclarationModel> Traced = new();
    private static readonly ReuseTable<SyntaxNode, DeclarationModel> Measured = new();

    public static DeclarationModel ParseTraced(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Traced.GetOrRead(context.TargetNode, context.SemanticModel.Compilation, () =>
            (DeclarationParser.ParseTraced(context, cancellationToken), DeclaringTrees.Of(TypeOf(context.TargetSymbol))));

    public static DeclarationModel ParseMeasured(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Measured.GetOrRead(context.TargetNode, context.SemanticModel.Compilation, () =>
            (DeclarationParser.ParseMeasured(context, cancellationToken), DeclaringTrees.Of(TypeOf(context.TargetSymbol))));

    // Everything a declaration's model reads is in the declarations of its type: the methods' positions and bodies,
    // and the '…Core' method of the partial form, which may be in another part of the type.
    private static INamedTypeSymbol? TypeOf(ISymbol target) => target as INamedTypeSymbol ?? target.ContainingType;
}
