using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// Tells how a template argument is built at run time, for the shapes that always are: interpolation and concatenation
/// with a value that is not constant, <c>string.Format</c>, <c>string.Concat</c> and <c>ToString()</c>. Anything else
/// (a variable, a field, a parameter) may hold a constant template handed down by a wrapper, and is not judged.
/// </summary>
internal static class RuntimeBuiltTemplate
{
    public const string Interpolation = "string interpolation";
    public const string Concatenation = "string concatenation";
    public const string ToStringCall = "ToString()";

    /// <summary>
    /// The way the template is built, as the diagnostic names it, or null when the rule does not judge it. A template
    /// that holds <paramref name="forwardedTemplate"/> as an interpolation hole or a concatenated operand is a
    /// wrapper's prefix on its caller's template (<c>$"[{module}] {messageTemplate}"</c>): the caller's values still bind.
    /// </summary>
    public static string? Describe(IOperation template, IParameterSymbol? forwardedTemplate = null)
    {
        template = WithoutImplicitConversions(template);
        if (template.ConstantValue.HasValue || (forwardedTemplate is not null && Forwards(template, forwardedTemplate)))
        {
            return null;
        }

        return template switch
        {
            IInterpolatedStringOperation interpolated when interpolated.Parts.OfType<IInterpolationOperation>().Any(hole => !IsConstant(hole.Expression)) =>
                Interpolation,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation when !IsConstant(concatenation) =>
                Concatenation,
            IInvocationOperation { TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, Name: "Format" or "Concat" } method } =>
                "string." + method.Name,
            IInvocationOperation { TargetMethod: { Name: "ToString", IsStatic: false }, Instance.Type.SpecialType: not SpecialType.System_String } =>
                ToStringCall,
            _ => null,
        };
    }

    private static bool Forwards(IOperation template, IParameterSymbol forwardedTemplate) => template switch
    {
        IParameterReferenceOperation reference => SymbolEqualityComparer.Default.Equals(reference.Parameter, forwardedTemplate),
        IInterpolatedStringOperation interpolated => interpolated.Parts.OfType<IInterpolationOperation>()
            .Any(hole => Forwards(WithoutImplicitConversions(hole.Expression), forwardedTemplate)),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation =>
            Forwards(WithoutImplicitConversions(concatenation.LeftOperand), forwardedTemplate)
            || Forwards(WithoutImplicitConversions(concatenation.RightOperand), forwardedTemplate),
        _ => false,
    };

    /// <summary>Whether every operand of a concatenation is constant, at any depth; <c>"Retries: " + MaxRetries</c> is.</summary>
    private static bool IsConstant(IOperation operation)
    {
        operation = WithoutImplicitConversions(operation);
        return operation.ConstantValue.HasValue
            || (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary && IsConstant(binary.LeftOperand) && IsConstant(binary.RightOperand));
    }

    private static IOperation WithoutImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
