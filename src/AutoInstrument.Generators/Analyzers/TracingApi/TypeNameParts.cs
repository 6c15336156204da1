using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// Whether a name built at run time varies only by type names: <c>$"Migrating {typeof(TContext).Name}"</c> or
/// <c>GetType().Name + ".Run"</c> take as many values as there are types, a small fixed set, not one per call.
/// </summary>
internal static class TypeNameParts
{
    public static bool AreAllThatVary(IOperation name) => Operations.WithoutConversions(name) switch
    {
        IInterpolatedStringOperation interpolated => interpolated.Parts.OfType<IInterpolationOperation>().All(hole => IsFixed(hole.Expression)),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation => IsFixed(concatenation),
        _ => false,
    };

    private static bool IsFixed(IOperation? part) => Operations.WithoutConversions(part) switch
    {
        null => false,
        { ConstantValue.HasValue: true } => true,
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation => IsFixed(concatenation.LeftOperand) && IsFixed(concatenation.RightOperand),
        IPropertyReferenceOperation { Property.Name: "Name" or "FullName", Instance: var type } => IsType(type),
        _ => false,
    };

    private static bool IsType(IOperation? instance) =>
        instance is ITypeOfOperation or IInvocationOperation { TargetMethod: { Name: "GetType", Parameters.Length: 0 } };
}
