using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>Walks code that runs as part of the enclosing body, leaving out lambdas and local functions, which run on their own terms.</summary>
internal static class NestedFunctions
{
    public static IEnumerable<SyntaxNode> DescendantsOutsideFunctions(SyntaxNode node) =>
        node.DescendantNodes(descendIntoChildren: child => !IsFunction(child));

    public static bool IsFunction(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    /// <summary>The method, constructor or accessor whose body contains the node directly, or null when a lambda or local function is in between.</summary>
    public static SyntaxNode? EnclosingMember(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(ancestor => IsFunction(ancestor) || ancestor is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax) is { } member
        && !IsFunction(member)
            ? member
            : null;
}
