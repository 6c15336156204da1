using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// The driver's test for a diagnostic in generated code, done by the template rules themselves. Left to the driver, the
/// test walks every token of a file the first time any diagnostic is reported in it, looking for <c>[GeneratedCode]</c>,
/// and charges the walk to the analyzer that reported: on code bases with many template diagnostics that walk was most
/// of the template rules' time. So the analyzer reports in generated code as far as the driver is concerned
/// (<c>GeneratedCodeAnalysisFlags.ReportDiagnostics</c>, without <c>Analyze</c>: generated files and members carrying
/// the attribute are still never analysed), and this filter drops what the driver would have: a position under
/// <c>#line hidden</c>, or one inside a declaration that carries <c>[GeneratedCode]</c> (a property around its accessor, a
/// containing type in any of its parts) — the declarations the driver collects, member-level ones only.
/// </summary>
internal static class GeneratedCodeFilter
{
    public static bool IsGenerated(SyntaxNode node, SemanticModel model, INamedTypeSymbol? generatedCodeAttribute, CancellationToken cancellationToken)
    {
        if (node.SyntaxTree.GetLineVisibility(node.SpanStart, cancellationToken) == LineVisibility.Hidden)
        {
            return true;
        }

        if (generatedCodeAttribute is null)
        {
            return false;
        }

        for (var current = node; current is not null; current = current.Parent)
        {
            if (IsMemberLevelDeclaration(current)
                && model.GetDeclaredSymbol(current, cancellationToken) is { } symbol
                && symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, generatedCodeAttribute)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMemberLevelDeclaration(SyntaxNode node) =>
        node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseMethodDeclarationSyntax
            or BasePropertyDeclarationSyntax or AccessorDeclarationSyntax or EnumMemberDeclarationSyntax
            or VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax };
}
