using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AnnotateLibrary;

/// <summary>
/// Puts <c>[Traced, Measured]</c> on every method declaration of classes, structs, records and interfaces: instance and
/// static, any accessibility, generic, extension, iterator, async, abstract, interface members and explicit interface
/// implementations. The attributes go on the method's own first line, so that no line of the file moves. A partial
/// method is annotated on its first part only (in the order files are given), since a second copy would not compile.
/// Constructors, operators, accessors and local functions are not methods a user marks and are left alone.
/// </summary>
internal sealed class MethodAnnotator : IAnnotator
{
    private const string Attributes = "[global::AutoInstrument.Traced, global::AutoInstrument.Measured] ";

    private readonly HashSet<string> _annotatedPartials = new();
    private readonly CSharpParseOptions _options;
    private readonly SortedDictionary<string, int> _shapes = new(System.StringComparer.Ordinal);

    private readonly HashSet<string> _skip;

    /// <param name="skip">Methods left alone, as <c>Type.Method</c> (all overloads): a failure already written down in
    /// FINDINGS.md that would otherwise keep the whole library from compiling, and so the test suite from running.</param>
    public MethodAnnotator(CSharpParseOptions options, IEnumerable<string> skip)
    {
        _options = options;
        _skip = new HashSet<string>(skip, System.StringComparer.Ordinal);
    }

    public int SkippedOnRequestCount { get; private set; }

    public int AnnotatedCount { get; private set; }

    public int AlreadyAnnotatedCount { get; private set; }

    public int SkippedPartialCount { get; private set; }

    public string Summary =>
        $"{AnnotatedCount} method declarations annotated, {AlreadyAnnotatedCount} already annotated, "
        + $"{SkippedPartialCount} further partial method declarations left as they were, {SkippedOnRequestCount} skipped with --skip\n"
        + string.Join("\n", _shapes.Select(shape => $"  {shape.Key}: {shape.Value}"));

    public string Annotate(string text)
    {
        var root = CSharpSyntaxTree.ParseText(text, _options).GetRoot();
        var changes = new List<TextChange>();
        foreach (var method in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            if (method.Parent is not TypeDeclarationSyntax type)
            {
                continue;
            }

            if (_skip.Contains($"{type.Identifier.ValueText}.{method.Identifier.ValueText}"))
            {
                SkippedOnRequestCount++;
                continue;
            }

            // An annotated declaration counts as the method's one copy, so that a second run changes nothing.
            var isNew = !method.Modifiers.Any(SyntaxKind.PartialKeyword) || _annotatedPartials.Add(PartialKey(type, method));
            if (IsAnnotated(method))
            {
                AlreadyAnnotatedCount++;
                continue;
            }

            if (!isNew)
            {
                SkippedPartialCount++;
                continue;
            }

            changes.Add(new TextChange(new TextSpan(method.GetFirstToken().SpanStart, 0), Attributes));
            AnnotatedCount++;
            Count(type, method);
        }

        return changes.Count == 0 ? text : SourceText.From(text).WithChanges(changes).ToString();
    }

    private void Count(TypeDeclarationSyntax type, MethodDeclarationSyntax method)
    {
        var shapes = new List<string> { $"in {type.Keyword.ValueText}{(type is RecordDeclarationSyntax record && record.ClassOrStructKeyword.ValueText.Length > 0 ? " " + record.ClassOrStructKeyword.ValueText : "")}" };
        if (type.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            shapes.Add("in static class");
        }

        if (type.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
        {
            shapes.Add("in readonly struct");
        }

        if (type.Parent is TypeDeclarationSyntax)
        {
            shapes.Add("in nested type");
        }

        if (method.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            shapes.Add("static");
        }

        if (method.Modifiers.Any(SyntaxKind.PrivateKeyword)
            || (!method.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword))
                && method.ExplicitInterfaceSpecifier is null && type is not InterfaceDeclarationSyntax))
        {
            shapes.Add("private");
        }

        if (method.Modifiers.Any(SyntaxKind.ProtectedKeyword))
        {
            shapes.Add("protected");
        }

        if (method.TypeParameterList is not null)
        {
            shapes.Add("generic");
        }

        if (method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true)
        {
            shapes.Add("extension");
        }

        if (method.Modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            shapes.Add("async");
        }

        if (method.DescendantNodes(node => node is not LocalFunctionStatementSyntax and not AnonymousFunctionExpressionSyntax).OfType<YieldStatementSyntax>().Any())
        {
            shapes.Add("iterator");
        }

        if (method.ExplicitInterfaceSpecifier is not null)
        {
            shapes.Add("explicit interface implementation");
        }

        if (method.Body is null && method.ExpressionBody is null)
        {
            shapes.Add("without body (abstract, interface, extern or partial)");
        }

        if (method.Modifiers.Any(SyntaxKind.OverrideKeyword))
        {
            shapes.Add("override");
        }

        if (method.ParameterList.Parameters.Any(p => p.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword))))
        {
            shapes.Add("ref/out/in parameter");
        }

        foreach (var shape in shapes)
        {
            _shapes[shape] = _shapes.TryGetValue(shape, out var count) ? count + 1 : 1;
        }
    }

    private static bool IsAnnotated(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString().Contains("Traced"));

    private static string PartialKey(TypeDeclarationSyntax type, MethodDeclarationSyntax method) =>
        TypeAnnotator.QualifiedName(type) + "." + method.Identifier.ValueText + "`" + (method.TypeParameterList?.Parameters.Count ?? 0)
        + "(" + string.Join(",", method.ParameterList.Parameters.Select(p => p.Type?.ToString())) + ")";
}
