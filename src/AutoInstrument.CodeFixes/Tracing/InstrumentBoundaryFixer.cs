using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.Generators.Analyzers.Boundaries;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace AutoInstrument.CodeFixes.Tracing;

/// <summary>
/// Fixes AI0022: adds the attributes the boundary requires (<c>[Traced]</c>, and <c>[Measured]</c> when configured) and
/// <c>using AutoInstrument;</c> where the names do not resolve. A method only the framework calls, a controller action
/// or a hosted service's start and stop, is also declared in the partial form, since no interceptor reaches the
/// framework's call. Fix All edits each document once, so the type is made partial and the using added once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InstrumentBoundaryFixer)), Shared]
public sealed class InstrumentBoundaryFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UninstrumentedBoundary);

    public override FixAllProvider GetFixAllProvider() =>
        FixAllProvider.Create((fixAll, document, diagnostics) => FixAsync(document, diagnostics, fixAll.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || Declaration(root, diagnostic) is not { } declaration)
        {
            return;
        }

        var attributes = "[" + string.Join(", ", MissingAttributes(diagnostic)) + "]";
        var title = InPartialForm(diagnostic, declaration)
            ? $"Add {attributes} and declare '{declaration.Identifier.ValueText}' in the partial form"
            : $"Add {attributes}";
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                async cancellationToken => await FixAsync(context.Document, ImmutableArray.Create(diagnostic), cancellationToken).ConfigureAwait(false) ?? context.Document,
                equivalenceKey: nameof(InstrumentBoundaryFixer)),
            diagnostic);
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax || model is null)
        {
            return null;
        }

        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var lineEnding = LineEnding(root);
        var fixedDeclarations = new HashSet<MethodDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            if (Declaration(root, diagnostic) is not { } declaration || !fixedDeclarations.Add(declaration))
            {
                continue;
            }

            var declared = AttributeLists.WithAttributes(declaration, MissingAttributes(diagnostic), lineEnding);
            if (InPartialForm(diagnostic, declaration))
            {
                PartialForm.Convert(editor, declaration, declared);
            }
            else
            {
                editor.ReplaceNode(declaration, declared);
            }
        }

        if (fixedDeclarations.Count == 0)
        {
            return null;
        }

        var changed = (CompilationUnitSyntax)editor.GetChangedRoot();
        if (!ResolvesAutoInstrument(model, fixedDeclarations.First().SpanStart))
        {
            changed = UsingDirectives.Add(changed, "AutoInstrument", lineEnding);
        }

        return document.WithSyntaxRoot(changed);
    }

    private static MethodDeclarationSyntax? Declaration(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<MethodDeclarationSyntax>();

    private static IEnumerable<string> MissingAttributes(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(UninstrumentedBoundaryAnalyzer.MissingProperty, out var missing) && missing is not null
            ? missing.Split(',')
            : new[] { "Traced" };

    /// <summary>Only a method with a body can move behind a partial declaration.</summary>
    private static bool InPartialForm(Diagnostic diagnostic, MethodDeclarationSyntax declaration) =>
        diagnostic.Properties.ContainsKey(UninstrumentedBoundaryAnalyzer.FrameworkInvokedProperty)
        && (declaration.Body is not null || declaration.ExpressionBody is not null);

    /// <summary>Whether <c>[Traced]</c> binds at the method already: a using, a global using or an enclosing AutoInstrument namespace.</summary>
    private static bool ResolvesAutoInstrument(SemanticModel model, int position) =>
        model.LookupNamespacesAndTypes(position, name: "TracedAttribute")
            .Any(symbol => symbol.ContainingNamespace is { Name: "AutoInstrument", ContainingNamespace.IsGlobalNamespace: true });

    private static string LineEnding(SyntaxNode root) =>
        root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } endOfLine
            ? endOfLine.ToString()
            : "\n";
}
