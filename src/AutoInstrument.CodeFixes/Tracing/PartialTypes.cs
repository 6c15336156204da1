using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace AutoInstrument.CodeFixes.Tracing;

/// <summary>Adds <c>partial</c> to every type declaration around a member, where it is missing.</summary>
internal static class PartialTypes
{
    public static void MakeContainingTypesPartial(SyntaxEditor editor, SyntaxNode member)
    {
        foreach (var type in member.Ancestors().OfType<TypeDeclarationSyntax>().Where(t => !t.Modifiers.Any(SyntaxKind.PartialKeyword)))
        {
            editor.ReplaceNode(type, (current, _) => AddPartial((TypeDeclarationSyntax)current));
        }
    }

    // 'partial' must come right before the type keyword (class, struct, record, interface).
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax type)
    {
        // A fix over several members of one type edits it once per member.
        if (type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return type;
        }

        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (type.Modifiers.Count == 0)
        {
            return type
                .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(type.Keyword.LeadingTrivia)))
                .WithKeyword(type.Keyword.WithLeadingTrivia());
        }

        return type.WithModifiers(type.Modifiers.Add(partial));
    }
}
