using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace AutoInstrument.CodeFixes.Logging.Correlation;

/// <summary>Edits the body of a configure lambda such as <c>options => options.SingleLine = true</c>.</summary>
internal static class LambdaBodies
{
    /// <summary>Adds a statement at the end, turning an expression body into a block when it needs to.</summary>
    public static LambdaExpressionSyntax AppendStatement(LambdaExpressionSyntax lambda, StatementSyntax statement)
    {
        if (lambda.Body is BlockSyntax { Statements.Count: > 0 } body)
        {
            return lambda.WithBody(body.AddStatements(statement.WithTriviaFrom(body.Statements.Last())));
        }

        var block = SyntaxFactory.Block(SyntaxFactory.ExpressionStatement((ExpressionSyntax)lambda.Body), statement);
        return lambda.WithBody(block.WithAdditionalAnnotations(Formatter.Annotation));
    }

    /// <summary>The name of a lambda's only parameter, or null when it has several or none.</summary>
    public static string? SingleParameterName(LambdaExpressionSyntax lambda) => lambda switch
    {
        SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
        ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: 1 } parenthesized =>
            parenthesized.ParameterList.Parameters[0].Identifier.ValueText,
        _ => null,
    };
}
