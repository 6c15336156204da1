using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace AutoInstrument.CodeFixes.Tracing;

/// <summary>
/// Converts an instrumented method to the partial form — a <c>partial</c> declaration the generator implements, and the
/// original body in <c>…Core</c> — so every caller is instrumented: delegates, <c>base</c> calls, reflection, other assemblies.
/// Offered where interception cannot reach a call (AI0004) or the method (AI0005), and on methods only a framework calls (AI0016).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConvertToPartialFormFixer))]
[Shared]
public sealed class ConvertToPartialFormFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.CallNotInterceptable, DiagnosticIds.InaccessibleTarget, DiagnosticIds.NoVisibleCallSite);

    public override FixAllProvider? GetFixAllProvider() => null;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        if (node is null || model is null || TargetMethod(context.Diagnostics[0], node, model, context.CancellationToken) is not { } method)
        {
            return;
        }

        if (method.DeclaringSyntaxReferences.FirstOrDefault() is not { } reference
            || context.Document.Project.Solution.GetDocument(reference.SyntaxTree) is not { } declaringDocument
            || !PartialForm.CanConvert(method))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Convert '{method.Name}' to the partial form",
                cancellationToken => ConvertAsync(declaringDocument, reference, cancellationToken),
                equivalenceKey: nameof(ConvertToPartialFormFixer)),
            context.Diagnostics);
    }

    private static IMethodSymbol? TargetMethod(Diagnostic diagnostic, SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        // A call the compiler writes (foreach, await, using, a collection initializer...) has no syntax naming the method.
        if (diagnostic.Properties.TryGetValue("TargetMethod", out var id) && id is not null)
        {
            return DocumentationCommentId.GetFirstSymbolForDeclarationId(id, model.Compilation) as IMethodSymbol;
        }

        var method = node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } declaration && declaration.Identifier.Span.IntersectsWith(node.Span)
            ? model.GetDeclaredSymbol(declaration, cancellationToken)
            : model.GetSymbolInfo(node, cancellationToken).Symbol as IMethodSymbol
                ?? model.GetSymbolInfo(node, cancellationToken).CandidateSymbols.OfType<IMethodSymbol>().FirstOrDefault();
        return method?.ReducedFrom ?? method?.OriginalDefinition;
    }

    private static async Task<Solution> ConvertAsync(Document document, SyntaxReference reference, CancellationToken cancellationToken)
    {
        var declaration = (MethodDeclarationSyntax)await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        PartialForm.Convert(editor, declaration, declaration);
        return editor.GetChangedDocument().Project.Solution;
    }
}
