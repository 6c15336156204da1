using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace AutoInstrument.CodeFixes.Tracing;

/// <summary>
/// Fixes AI0005 by declaring the method's containing types <c>partial</c>: the generator then adds an internal accessor
/// beside the private method, and its calls are instrumented.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTypePartialFixer))]
[Shared]
public sealed class MakeTypePartialFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InaccessibleTarget);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var method = root?.FindNode(context.Span).FirstAncestorOrSelf<MethodDeclarationSyntax>();
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (method is null || model?.GetDeclaredSymbol(method, context.CancellationToken) is not { } symbol || !TypesAreNameable(symbol.ContainingType))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{symbol.ContainingType.Name}' partial",
                async cancellationToken =>
                {
                    var editor = await DocumentEditor.CreateAsync(context.Document, cancellationToken).ConfigureAwait(false);
                    PartialTypes.MakeContainingTypesPartial(editor, method);
                    return editor.GetChangedDocument();
                },
                equivalenceKey: nameof(MakeTypePartialFixer)),
            context.Diagnostics);
    }

    // A partial type does not help when generated code still cannot name it.
    private static bool TypesAreNameable(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return false;
            }
        }

        return true;
    }
}
