using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging.Templates;

/// <summary>
/// Names a placeholder after the value it holds: the member access path in PascalCase (<c>user.Id</c> → <c>UserId</c>,
/// <c>_name</c> and <c>this.name</c> → <c>Name</c>), a method call without its <c>Get</c> (<c>GetTotal()</c> → <c>Total</c>),
/// and <c>Value</c> for anything else.
/// </summary>
internal static class PlaceholderName
{
    public const string Fallback = "Value";

    public static string For(ExpressionSyntax value) =>
        Path(value) is { Count: > 0 } segments ? string.Concat(segments.Select(Pascal)) : Fallback;

    /// <summary>The names along a member access path, or null when the expression is not one.</summary>
    private static List<string>? Path(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return Path(parenthesized.Expression);
            case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                return Path(postfix.Operand);
            case CastExpressionSyntax cast:
                return Path(cast.Expression);
            case ThisExpressionSyntax or BaseExpressionSyntax:
                return new List<string>();
            case SimpleNameSyntax name:
                return Segment(new List<string>(), name.Identifier.ValueText);
            case MemberBindingExpressionSyntax binding:
                return Segment(new List<string>(), binding.Name.Identifier.ValueText);
            case MemberAccessExpressionSyntax memberAccess:
                return Path(memberAccess.Expression) is { } receiver ? Segment(receiver, memberAccess.Name.Identifier.ValueText) : null;
            case ConditionalAccessExpressionSyntax conditional:
                return Path(conditional.Expression) is { } target && Path(conditional.WhenNotNull) is { } member ? target.Concat(member).ToList() : null;
            case InvocationExpressionSyntax invocation:
                return Path(invocation.Expression) is { Count: > 0 } called ? WithoutVerb(called) : null;
            default:
                return null;
        }
    }

    private static List<string> Segment(List<string> path, string identifier)
    {
        var trimmed = identifier.TrimStart('_');
        if (trimmed.Length > 0)
        {
            path.Add(trimmed);
        }

        return path;
    }

    /// <summary><c>GetTotal()</c> names a total; <c>ToString()</c> names nothing beyond its receiver.</summary>
    private static List<string> WithoutVerb(List<string> called)
    {
        var method = called[called.Count - 1];
        called.RemoveAt(called.Count - 1);
        if (method.Length > 3 && method.StartsWith("Get") && char.IsUpper(method[3]))
        {
            called.Add(method.Substring(3));
        }
        else if (method != "ToString")
        {
            called.Add(method);
        }

        return called;
    }

    private static string Pascal(string segment) => char.ToUpperInvariant(segment[0]) + segment.Substring(1);
}
