using System;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace AutoInstrument.CodeFixes.TracingApi;

/// <summary>
/// Fixes AI2002: moves <c>new ActivitySource("orders")</c> into <c>private static readonly ActivitySource
/// OrdersSource</c> at the top of the type and uses the field where the creation was; a local that held it is removed
/// and its reads go to the field. Offered only where the analyzer found the arguments constant.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TelemetrySourcePerCallFixer)), Shared]
public sealed class TelemetrySourcePerCallFixer : CorrelationFixer
{
    public TelemetrySourcePerCallFixer()
        : base(DiagnosticIds.TelemetrySourcePerCall, "Create it once in a static readonly field")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic) =>
        FixTargets.Find<BaseObjectCreationExpressionSyntax>(root, diagnostic, TelemetrySourcePerCallAnalyzer.HoistFitsProperty) is { } creation
        && creation.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type
            ? cancellationToken => HoistAsync(document, creation, type, cancellationToken)
            : null;

    private static async Task<Document> HoistAsync(Document document, BaseObjectCreationExpressionSyntax creation, TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var model = editor.SemanticModel;
        var createdType = model.GetTypeInfo(creation, cancellationToken).Type!;
        var fieldName = UniqueName(model.GetDeclaredSymbol(type, cancellationToken)!, NameFor(creation, model, createdType));
        var newLine = SyntaxFactory.EndOfLine(type.ToFullString().Contains("\r\n") ? "\r\n" : "\n");
        var field = SyntaxFactory.ParseMemberDeclaration(
                $"private static readonly {TypeNames.AsWrittenAt(model, type.SpanStart, createdType.ToDisplayString())} {fieldName} = {creation.WithoutTrivia()};")!
            .WithTrailingTrivia(newLine, newLine)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var reference = SyntaxFactory.IdentifierName(fieldName);

        if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            && declarator.Parent?.Parent is LocalDeclarationStatementSyntax { Parent: { } scope } statement)
        {
            var local = model.GetDeclaredSymbol(declarator, cancellationToken);
            foreach (var read in scope.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(name => name.Identifier.ValueText == declarator.Identifier.ValueText
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, local)))
            {
                editor.ReplaceNode(read, reference.WithTriviaFrom(read));
            }

            editor.RemoveNode(statement);
        }
        else
        {
            editor.ReplaceNode(creation, reference.WithTriviaFrom(creation));
        }

        editor.InsertMembers(type, 0, [field]);
        return editor.GetChangedDocument();
    }

    /// <summary>The source or meter name in PascalCase with the kind after it, <c>"shop.orders"</c> → <c>ShopOrdersSource</c>.</summary>
    private static string NameFor(BaseObjectCreationExpressionSyntax creation, SemanticModel model, ITypeSymbol createdType)
    {
        var suffix = createdType.Name == "ActivitySource" ? "Source" : createdType.Name;
        var first = creation.ArgumentList?.Arguments.FirstOrDefault();
        if (first is null || model.GetConstantValue(first.Expression).Value is not string name)
        {
            return suffix;
        }

        var pascal = new StringBuilder();
        foreach (var part in name.Split(['.', '-', '_', ' ', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            pascal.Append(char.ToUpperInvariant(part[0])).Append(part.Substring(1));
        }

        var candidate = pascal.Append(suffix).ToString();
        return SyntaxFacts.IsValidIdentifier(candidate) ? candidate : suffix;
    }

    private static string UniqueName(INamedTypeSymbol type, string name)
    {
        var unique = name;
        for (var number = 2; type.MemberNames.Contains(unique); number++)
        {
            unique = name + number;
        }

        return unique;
    }
}
