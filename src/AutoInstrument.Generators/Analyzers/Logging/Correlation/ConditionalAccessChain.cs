using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>The whole chain a <c>?.</c> inserted at some member access would cover: <c>a.B.C().D</c> for <c>a.B</c>.</summary>
internal static class ConditionalAccessChain
{
    public static ExpressionSyntax Top(ExpressionSyntax expression)
    {
        while (expression.Parent switch
        {
            MemberAccessExpressionSyntax parent when parent.Expression == expression => (ExpressionSyntax)parent,
            InvocationExpressionSyntax parent when parent.Expression == expression => parent,
            ElementAccessExpressionSyntax parent when parent.Expression == expression => parent,
            _ => null,
        } is { } next)
        {
            expression = next;
        }

        return expression;
    }
}
