using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace AutoInstrument.CodeFixes.Tracing;

/// <summary>
/// Writes a method in the partial form: a <c>partial</c> declaration the generator implements as the wrapper, which every
/// caller reaches, and the original body in a private <c>…Core</c> method.
/// </summary>
internal static class PartialForm
{
    private static readonly string[] ParameterAttributes = { "Tag", "MetricTag" };

    /// <summary>Whether the method has a body the generator can move behind a partial declaration.</summary>
    public static bool CanConvert(IMethodSymbol method) =>
        !method.IsAbstract && method.ContainingType.TypeKind is TypeKind.Class or TypeKind.Struct;

    /// <summary>
    /// Replaces <paramref name="declaration"/> by the partial form of <paramref name="declared"/>, the same method as it
    /// is to be declared (with the attributes a fix adds), and makes the types around it partial.
    /// </summary>
    public static void Convert(SyntaxEditor editor, MethodDeclarationSyntax declaration, MethodDeclarationSyntax declared)
    {
        PartialTypes.MakeContainingTypesPartial(editor, declaration);
        editor.InsertAfter(declaration, CoreMethod(declared));
        editor.ReplaceNode(declaration, PartialDeclaration(declared));
    }

    /// <summary>The signature callers see, with its attributes, left for the generator to implement.</summary>
    private static MethodDeclarationSyntax PartialDeclaration(MethodDeclarationSyntax declaration)
    {
        var modifiers = declaration.Modifiers.Where(m => !m.IsKind(SyntaxKind.AsyncKeyword)).ToList();
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (modifiers.Count == 0)
        {
            // A partial method with a return value needs an accessibility modifier; keep the default one, private.
            modifiers.Add(SyntaxFactory.Token(SyntaxKind.PrivateKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        modifiers.Add(partial);
        return declaration
            .WithModifiers(SyntaxFactory.TokenList(modifiers))
            .WithBody(null)
            .WithExpressionBody(null)
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
    }

    /// <summary>The original body, renamed and private, without the attributes that now live on the declaration.</summary>
    private static MethodDeclarationSyntax CoreMethod(MethodDeclarationSyntax declaration)
    {
        var kept = declaration.Modifiers.Where(m => m.IsKind(SyntaxKind.StaticKeyword) || m.IsKind(SyntaxKind.AsyncKeyword) || m.IsKind(SyntaxKind.UnsafeKeyword));
        var modifiers = SyntaxFactory.TokenList(
            new[] { SyntaxFactory.Token(SyntaxKind.PrivateKeyword) }.Concat(kept.Select(m => SyntaxFactory.Token(m.Kind())))
                .Select(m => m.WithTrailingTrivia(SyntaxFactory.Space)));
        var parameters = declaration.ParameterList.Parameters.Select(p => p.WithAttributeLists(WithoutAttributes(p.AttributeLists, ParameterAttributes)));
        return declaration
            .WithAttributeLists(SyntaxFactory.List<AttributeListSyntax>())
            .WithModifiers(modifiers)
            .WithIdentifier(SyntaxFactory.Identifier(declaration.Identifier.ValueText + "Core"))
            .WithParameterList(declaration.ParameterList.WithParameters(SyntaxFactory.SeparatedList(parameters)))
            .WithLeadingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
            .WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation);
    }

    private static SyntaxList<AttributeListSyntax> WithoutAttributes(SyntaxList<AttributeListSyntax> lists, string[] names)
    {
        var result = lists
            .Select(list => list.WithAttributes(SyntaxFactory.SeparatedList(list.Attributes.Where(a => !IsNamed(a, names)))))
            .Where(list => list.Attributes.Count > 0);
        return SyntaxFactory.List(result);
    }

    private static bool IsNamed(AttributeSyntax attribute, string[] names)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return names.Any(n => name == n || name == n + "Attribute");
    }
}
