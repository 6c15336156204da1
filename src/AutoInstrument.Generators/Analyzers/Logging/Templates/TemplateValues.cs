using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>Counts the values a logging call passes after its template, as the library will see them.</summary>
internal static class TemplateValues
{
    /// <summary>
    /// The number of values passed after the template: one per argument of a value parameter (<c>object</c> or a type
    /// parameter of the method), and the elements of a params array, expanded or created in the call. Null when the
    /// count cannot be told from the code: an array variable, or a parameter after the template that holds no value.
    /// </summary>
    public static int? Count(IInvocationOperation invocation, IParameterSymbol template, TemplateSymbols symbols)
    {
        var method = invocation.TargetMethod;
        var count = 0;
        foreach (var parameter in method.Parameters.Skip(template.Ordinal + 1))
        {
            if (!HoldsValues(method, parameter, symbols)
                || invocation.Arguments.FirstOrDefault(argument => SymbolEqualityComparer.Default.Equals(argument.Parameter, parameter)) is not { } argument
                || CountOf(argument) is not { } values)
            {
                return null;
            }

            count += values;
        }

        return count;
    }

    /// <summary>
    /// A parameter that takes values for the placeholders: a params array, <c>object</c>, a type parameter of the method,
    /// or any parameter after the template of NLog's own methods, whose typed overloads (<c>Debug(string message, int
    /// argument)</c>, and <c>string</c>, <c>bool</c>…) are what a call with one such value binds to.
    /// </summary>
    public static bool HoldsValues(IMethodSymbol method, IParameterSymbol parameter, TemplateSymbols symbols) =>
        parameter.IsParams
        || parameter.Type.SpecialType == SpecialType.System_Object
        || method.OriginalDefinition.Parameters[parameter.Ordinal].Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method }
        || symbols.IsNLog(method.ContainingAssembly);

    private static int? CountOf(IArgumentOperation argument) => argument.ArgumentKind switch
    {
        ArgumentKind.ParamArray or ArgumentKind.ParamCollection => ElementCount(argument.Value),
        ArgumentKind.Explicit when argument.Parameter?.IsParams == true => ElementCount(argument.Value),
        ArgumentKind.Explicit => 1,
        _ => null,
    };

    private static int? ElementCount(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues.Length,
            IArrayCreationOperation { DimensionSizes.Length: 1 } empty when empty.DimensionSizes[0].ConstantValue.Value is 0 => 0,
            ICollectionExpressionOperation collection when !collection.Elements.Any(element => element is ISpreadOperation) => collection.Elements.Length,
            _ => null,
        };
    }
}
