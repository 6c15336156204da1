using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>Small helpers to see through the operations the compiler adds around a value.</summary>
internal static class Operations
{
    public static IOperation? WithoutConversions(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The outermost conversion around <paramref name="operation"/>, or the operation itself.</summary>
    public static IOperation OuterConversion(IOperation operation)
    {
        while (operation.Parent is IConversionOperation conversion)
        {
            operation = conversion;
        }

        return operation;
    }
}
