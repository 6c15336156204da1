using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Parsing.Reuse;

/// <summary>
/// What every symbol of a compilation is made of: its syntax trees outside method bodies and field initializers, its
/// references and options. Two compilations of one epoch bind an unchanged expression to the same symbols, so what
/// was read from it can be kept when only method bodies were edited — the edit a user makes with every keystroke.
/// </summary>
/// <remarks>
/// The comparison is the compiler's own top-level equivalence (<see cref="SyntaxFactory.AreEquivalent(SyntaxTree, SyntaxTree, bool)"/>):
/// it stops at blocks and expression bodies, and still compares the initializers of constants and enum members, which
/// can change overload resolution.
/// </remarks>
internal sealed class DeclarationEpoch
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationEpoch> Epochs = new();

    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;
    private HashSet<SyntaxTree>? _treeSet;

    // Every call site of a run asks about the same earlier epoch: the answer is kept, so the trees are compared once.
    private volatile DeclarationEpoch? _lastEquivalent;
    private volatile DeclarationEpoch? _lastDifferent;

    private DeclarationEpoch(Compilation compilation)
    {
        _trees = compilation.SyntaxTrees.ToImmutableArray();
        _references = compilation.References.ToImmutableArray();
        _options = compilation.Options;
    }

    public static DeclarationEpoch Of(Compilation compilation) => Epochs.GetValue(compilation, static c => new DeclarationEpoch(c));

    /// <summary>Whether <paramref name="tree"/> is, as this very object, one of this epoch's trees: its text did not change.</summary>
    public bool Contains(SyntaxTree tree)
    {
        var set = LazyInitializer.EnsureInitialized(ref _treeSet, () => new HashSet<SyntaxTree>(_trees))!;
        return set.Contains(tree);
    }

    public bool IsEquivalentTo(DeclarationEpoch other)
    {
        if (ReferenceEquals(this, other) || ReferenceEquals(_lastEquivalent, other))
        {
            return true;
        }

        if (ReferenceEquals(_lastDifferent, other))
        {
            return false;
        }

        var equivalent = HasSameDeclarations(other);
        if (equivalent)
        {
            _lastEquivalent = other;
        }
        else
        {
            _lastDifferent = other;
        }

        return equivalent;
    }

    private bool HasSameDeclarations(DeclarationEpoch other) =>
        _trees.Length == other._trees.Length
        && _references.SequenceEqual(other._references)
        && _options.Equals(other._options)
        && _trees.Zip(other._trees, HaveSameDeclarations).All(same => same);

    private static bool HaveSameDeclarations(SyntaxTree tree, SyntaxTree other) =>
        ReferenceEquals(tree, other)
        || (tree.FilePath == other.FilePath
            && tree.Options.Equals(other.Options)
            && SyntaxFactory.AreEquivalent(tree, other, topLevel: true));
}
