using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging.Templates;

/// <summary>
/// Turns a template built at run time into a constant one: the holes of an interpolated string, the operands of a
/// concatenation and the arguments of <c>string.Format</c> become named placeholders; constant parts become text.
/// </summary>
internal static class TemplateConversion
{
    /// <summary>The constant template, or null for a shape that cannot be converted faithfully.</summary>
    public static ConstantTemplate? From(ExpressionSyntax template, SemanticModel model, CancellationToken cancellationToken)
    {
        while (template is ParenthesizedExpressionSyntax parenthesized)
        {
            template = parenthesized.Expression;
        }

        return template switch
        {
            InterpolatedStringExpressionSyntax interpolated => FromInterpolation(interpolated, model, cancellationToken),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) => FromConcatenation(binary, model, cancellationToken),
            InvocationExpressionSyntax invocation => FromStringFormat(invocation, model, cancellationToken),
            _ => null,
        };
    }

    private static ConstantTemplate FromInterpolation(InterpolatedStringExpressionSyntax interpolated, SemanticModel model, CancellationToken cancellationToken)
    {
        var builder = new TemplateBuilder();
        var raw = IsRaw(interpolated);
        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolatedStringTextSyntax text)
            {
                builder.AppendText(raw ? text.TextToken.ValueText : text.TextToken.ValueText.Replace("{{", "{").Replace("}}", "}"));
            }
            else if (content is InterpolationSyntax { AlignmentClause: null, FormatClause: null } constantHole
                && ConstantText(constantHole.Expression, model, cancellationToken) is { } constant)
            {
                builder.AppendText(constant);
            }
            else if (content is InterpolationSyntax hole)
            {
                builder.AppendValue(hole.Expression, hole.AlignmentClause?.Value.ToString(), hole.FormatClause?.FormatStringToken.ValueText);
            }
        }

        return builder.ToTemplate(verbatim: interpolated.StringStartToken.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken));
    }

    /// <summary>Raw strings write literal braces as they are; the others double them, and their text keeps the doubling.</summary>
    private static bool IsRaw(InterpolatedStringExpressionSyntax interpolated) =>
        interpolated.StringStartToken.Kind() is SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken;

    private static ConstantTemplate FromConcatenation(BinaryExpressionSyntax concatenation, SemanticModel model, CancellationToken cancellationToken)
    {
        var builder = new TemplateBuilder();
        foreach (var operand in Operands(concatenation, model, cancellationToken))
        {
            if (ConstantText(operand, model, cancellationToken) is { } constant)
            {
                builder.AppendText(constant);
            }
            else
            {
                builder.AppendValue(operand, alignment: null, format: null);
            }
        }

        return builder.ToTemplate(verbatim: false);
    }

    /// <summary>The operands of a chain of string concatenations, in order; <c>1 + 2 + "a"</c> has <c>1 + 2</c> and <c>"a"</c>.</summary>
    private static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var unwrapped = expression;
        while (unwrapped is ParenthesizedExpressionSyntax parenthesized)
        {
            unwrapped = parenthesized.Expression;
        }

        if (unwrapped is BinaryExpressionSyntax binary
            && binary.IsKind(SyntaxKind.AddExpression)
            && model.GetTypeInfo(binary, cancellationToken).Type?.SpecialType == SpecialType.System_String)
        {
            return Operands(binary.Left, model, cancellationToken).Concat(Operands(binary.Right, model, cancellationToken));
        }

        return new[] { expression };
    }

    /// <summary>
    /// <c>string.Format(format, values…)</c> with a constant format whose numbered placeholders use every value once;
    /// the values are passed in the order their placeholders appear, as the logging libraries bind them.
    /// </summary>
    private static ConstantTemplate? FromStringFormat(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } method
            || method.Parameters.FirstOrDefault()?.Name != "format"
            || arguments.Count < 2
            || arguments.Any(argument => argument.NameColon is not null)
            || model.GetConstantValue(arguments[0].Expression, cancellationToken).Value is not string format)
        {
            return null;
        }

        var values = arguments.Skip(1).Select(argument => argument.Expression).ToList();
        var parsed = MessageTemplate.Parse(format);
        var indexes = parsed.Placeholders.Select(placeholder => placeholder.Index).ToList();
        if (parsed.IsMalformed
            || (values.Count == 1 && model.GetTypeInfo(values[0], cancellationToken).Type is IArrayTypeSymbol)
            || parsed.Placeholders.Any(placeholder => !placeholder.IsPositional || placeholder.Capture is not null)
            || !indexes.OrderBy(index => index).SequenceEqual(Enumerable.Range(0, values.Count)))
        {
            return null;
        }

        var builder = new TemplateBuilder();
        var position = 0;
        foreach (var placeholder in parsed.Placeholders)
        {
            builder.AppendTemplateText(format.Substring(position, placeholder.Start - position));
            builder.AppendValue(values[placeholder.Index], placeholder.Alignment, placeholder.Format);
            position = placeholder.Start + placeholder.Length;
        }

        builder.AppendTemplateText(format.Substring(position));
        var verbatim = arguments[0].Expression is LiteralExpressionSyntax literal && literal.Token.IsVerbatimStringLiteral();
        return builder.ToTemplate(verbatim);
    }

    /// <summary>The text a constant contributes to the string, or null when the expression is not constant.</summary>
    private static string? ConstantText(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetConstantValue(expression, cancellationToken) is { HasValue: true, Value: var value }
            ? value switch
            {
                null => string.Empty,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            }
            : null;
}
