using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing.Reuse;

/// <summary>
/// Models read from syntax nodes, kept across compilations for as long as they still hold, so an edit re-reads only
/// what it can have changed. The incremental pipeline cannot do this by itself: a semantic model is new with every
/// compilation, so every step that binds re-runs for every node on every keystroke.
/// </summary>
/// <remarks>
/// A model holds while its node's tree is unchanged (the node is the same object), the compilation's declarations are
/// the same (<see cref="DeclarationEpoch"/>: then the node binds to the same symbols) and every other tree it was read
/// from is unchanged (positions and method bodies are outside the epoch: a line number, whether a body is an iterator).
/// </remarks>
internal sealed class ReuseTable<TNode, TModel>
    where TNode : SyntaxNode
{
    private readonly ConditionalWeakTable<TNode, Entry> _entries = new();

    /// <param name="read">Reads the model and names the trees it read besides the node's own.</param>
    public TModel GetOrRead(TNode node, Compilation compilation, System.Func<(TModel Model, ImmutableArray<SyntaxTree> TreesRead)> read)
    {
        var epoch = DeclarationEpoch.Of(compilation);
        var entry = _entries.GetOrCreateValue(node);
        if (entry.Kept is { } kept && kept.Epoch.IsEquivalentTo(epoch) && kept.TreesRead.All(epoch.Contains))
        {
            // Moving the entry to the current epoch lets the earlier compilation's trees go.
            entry.Kept = kept with { Epoch = epoch };
            return kept.Model;
        }

        var (model, treesRead) = read();
        entry.Kept = new Kept(epoch, treesRead, model);
        return model;
    }

    private sealed class Entry
    {
        private volatile Kept? _kept;

        public Kept? Kept
        {
            get => _kept;
            set => _kept = value;
        }
    }

    private sealed record Kept(DeclarationEpoch Epoch, ImmutableArray<SyntaxTree> TreesRead, TModel Model);
}
