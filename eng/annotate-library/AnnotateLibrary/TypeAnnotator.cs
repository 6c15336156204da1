using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AnnotateLibrary;

/// <summary>
/// Puts <c>[Traced, Measured]</c> in front of each type declaration. A partial type is annotated on its first declaration
/// only (in the order files are given), since a second copy of the attributes would not compile.
/// </summary>
internal sealed class TypeAnnotator : IAnnotator
{
    private const string Attributes = "[global::AutoInstrument.Traced, global::AutoInstrument.Measured]";

    private readonly HashSet<string> _annotatedTypes = new();
    private readonly CSharpParseOptions _options;

    public TypeAnnotator(CSharpParseOptions options) => _options = options;

    public int AnnotatedCount { get; private set; }

    public int SkippedPartialCount { get; private set; }

    public string Summary => $"{AnnotatedCount} type declarations annotated, {SkippedPartialCount} further partial declarations left as they were";

    public string Annotate(string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, _options).GetRoot();
        var newLine = text.Contains("\r\n") ? "\r\n" : "\n";
        var changes = new List<TextChange>();
        foreach (var type in root.DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            // An annotated declaration counts as the type's one copy, so that a second run changes nothing.
            var isNew = _annotatedTypes.Add(QualifiedName(type));
            if (IsAnnotated(type))
            {
                continue;
            }

            if (!isNew)
            {
                SkippedPartialCount++;
                continue;
            }

            var start = type.GetFirstToken().SpanStart;
            changes.Add(new TextChange(new TextSpan(start, 0), Attributes + newLine + Indentation(type)));
            AnnotatedCount++;
        }

        return changes.Count == 0 ? text : SourceText.From(text).WithChanges(changes).ToString();
    }

    private static bool IsAnnotated(TypeDeclarationSyntax type) =>
        type.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString().Contains("Traced"));

    internal static string QualifiedName(TypeDeclarationSyntax type)
    {
        var names = type.AncestorsAndSelf()
            .Select(node => node switch
            {
                TypeDeclarationSyntax declaration => $"{declaration.Identifier.ValueText}`{declaration.Arity}",
                BaseNamespaceDeclarationSyntax space => space.Name.ToString(),
                _ => null,
            })
            .Where(name => name is not null)
            .Reverse();
        return string.Join(".", names);
    }

    private static string Indentation(SyntaxNode type) =>
        string.Concat(type.GetLeadingTrivia().Reverse().TakeWhile(trivia => trivia.IsKind(SyntaxKind.WhitespaceTrivia)).Select(trivia => trivia.ToString()));
}
