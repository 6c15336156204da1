using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging.Templates;

/// <summary>A template with named placeholders and the values that fill them, in order, ready to replace one built at run time.</summary>
internal sealed class ConstantTemplate
{
    public ConstantTemplate(string text, IReadOnlyList<ExpressionSyntax> values, bool textHadBraces, bool verbatim)
    {
        Text = text;
        Values = values;
        TextHadBraces = textHadBraces;
        Verbatim = verbatim;
    }

    public string Text { get; }

    public IReadOnlyList<ExpressionSyntax> Values { get; }

    /// <summary>Whether the original text had braces: placeholders of their own, for values the call may already pass.</summary>
    public bool TextHadBraces { get; }

    /// <summary>Written as a verbatim string, as the original was.</summary>
    public bool Verbatim { get; }

    public LiteralExpressionSyntax ToLiteral()
    {
        var token = Verbatim
            ? SyntaxFactory.Literal(SyntaxTriviaList.Empty, "@\"" + Text.Replace("\"", "\"\"") + "\"", Text, SyntaxTriviaList.Empty)
            : SyntaxFactory.Literal(Text);
        return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, token);
    }
}
