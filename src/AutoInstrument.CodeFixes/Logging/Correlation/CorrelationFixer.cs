using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AutoInstrument.CodeFixes.Logging.Correlation;

/// <summary>The fix of one trace-correlation rule: one code action, with the same title and Fix All by batch.</summary>
public abstract class CorrelationFixer : CodeFixProvider
{
    private readonly string _title;

    private protected CorrelationFixer(string diagnosticId, string title)
    {
        FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
        _title = title;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics.First();
        if (root is not null && CreateFix(context.Document, root, diagnostic) is { } fix)
        {
            context.RegisterCodeFix(CodeAction.Create(_title, fix, _title), diagnostic);
        }
    }

    /// <summary>The change that fixes the diagnostic, or null when no fix fits the code it points at.</summary>
    protected abstract Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic);

    /// <summary>A change that replaces one node with another.</summary>
    protected static Func<CancellationToken, Task<Document>> Replace(Document document, SyntaxNode root, SyntaxNode original, SyntaxNode replacement) =>
        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(original, replacement)));
}
