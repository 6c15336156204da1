using Microsoft.CodeAnalysis;

namespace AutoInstrument.CodeFixes.TracingApi;

/// <summary>The node a tracing-API diagnostic points at, when its analyzer set the property that says the fix fits.</summary>
internal static class FixTargets
{
    public static TNode? Find<TNode>(SyntaxNode root, Diagnostic diagnostic, string fitsProperty)
        where TNode : SyntaxNode =>
        diagnostic.Properties.ContainsKey(fitsProperty)
            ? root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as TNode
            : null;
}
