using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>Syntax shapes of <c>System.Diagnostics.Activity</c> use that the rules look for.</summary>
internal static class ActivitySyntax
{
    /// <summary>Whether the expression reads <c>Activity.Current</c>, qualified or not, with or without a <c>!</c>.</summary>
    public static bool IsCurrentActivity(ExpressionSyntax expression)
    {
        var unwrapped = WithoutNullForgiving(expression);
        return unwrapped is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Current" } memberAccess
            && memberAccess.Expression switch
            {
                IdentifierNameSyntax { Identifier.ValueText: "Activity" } => true,
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Activity" } => true,
                AliasQualifiedNameSyntax { Name.Identifier.ValueText: "Activity" } => true,
                _ => false,
            };
    }

    public static ExpressionSyntax WithoutNullForgiving(ExpressionSyntax expression) =>
        expression is PostfixUnaryExpressionSyntax postfix && postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression)
            ? postfix.Operand
            : expression;

    /// <summary>
    /// Whether the expression is the <c>Id</c> or <c>SpanId</c> of an <see cref="System.Diagnostics.Activity"/>,
    /// read directly or through <c>?.</c>, optionally followed by <c>ToString()</c> or <c>ToHexString()</c>;
    /// <paramref name="memberName"/> says which.
    /// </summary>
    public static bool IsNonTraceIdentifier(ExpressionSyntax expression, SemanticModel model, ISymbol activityType, out string memberName)
    {
        memberName = string.Empty;
        var member = expression is ConditionalAccessExpressionSyntax conditional
            ? WithoutFormatting(conditional.WhenNotNull)
            : WithoutFormatting(expression);
        var name = member switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is not ("Id" or "SpanId")
            || model.GetSymbolInfo(member).Symbol is not IPropertySymbol property
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, activityType))
        {
            return false;
        }

        memberName = "Activity." + name;
        return true;
    }

    private static ExpressionSyntax WithoutFormatting(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax memberAccess }
            && memberAccess.Name.Identifier.ValueText is "ToString" or "ToHexString"
            ? memberAccess.Expression
            : expression;
}
