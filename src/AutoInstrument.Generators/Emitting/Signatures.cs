using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Pieces of a wrapper's signature and of the call that forwards to the original method.</summary>
internal static class Signatures
{
    /// <summary>The wrapper's type parameters, the containing types' and the method's, with their flow-analysis attributes.</summary>
    public static string TypeParameterList(MethodModel method) =>
        method.TypeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(t => t.Attributes + t.Name)) + ">";

    /// <summary>The method's own type parameters, with their flow-analysis attributes, for an accessor declared beside it.</summary>
    public static string MethodTypeParameterList(MethodModel method) =>
        method.MethodTypeParameterCount == 0
            ? string.Empty
            : "<" + string.Join(", ", method.TypeParameters.Skip(method.TypeParameters.Length - method.MethodTypeParameterCount).Select(t => t.Attributes + t.Name)) + ">";

    public static string MethodTypeArguments(MethodModel method)
    {
        if (method.MethodTypeParameterCount == 0)
        {
            return string.Empty;
        }

        var own = method.TypeParameters.Skip(method.TypeParameters.Length - method.MethodTypeParameterCount);
        return "<" + string.Join(", ", own.Select(t => t.Name)) + ">";
    }

    public static string[] ConstraintClauses(MethodModel method) =>
        method.TypeParameters.Select(t => t.Constraints).Where(c => c.Length > 0).ToArray();

    /// <summary>The type parameters of the containing types, with their flow-analysis attributes; empty when there are none.</summary>
    public static string ContainingTypeParameterList(MethodModel method) =>
        method.TypeParameters.Length == method.MethodTypeParameterCount
            ? string.Empty
            : "<" + string.Join(", ", method.TypeParameters.Take(method.TypeParameters.Length - method.MethodTypeParameterCount).Select(t => t.Attributes + t.Name)) + ">";

    /// <summary>The type arguments that name the containing types' type parameters; empty when there are none.</summary>
    public static string ContainingTypeArguments(MethodModel method) =>
        method.TypeParameters.Length == method.MethodTypeParameterCount
            ? string.Empty
            : "<" + string.Join(", ", method.TypeParameters.Take(method.TypeParameters.Length - method.MethodTypeParameterCount).Select(t => t.Name)) + ">";

    /// <summary>The <c>where</c> clauses of the containing types' type parameters.</summary>
    public static string[] ContainingTypeConstraintClauses(MethodModel method) =>
        method.TypeParameters.Take(method.TypeParameters.Length - method.MethodTypeParameterCount)
            .Select(t => t.Constraints).Where(c => c.Length > 0).ToArray();

    /// <summary>The <c>where</c> clauses of the method's own type parameters, for members declared inside its type.</summary>
    public static string[] MethodConstraintClauses(MethodModel method) =>
        method.TypeParameters.Skip(method.TypeParameters.Length - method.MethodTypeParameterCount)
            .Select(t => t.Constraints).Where(c => c.Length > 0).ToArray();

    /// <summary>A parameter as a wrapper or accessor declares it, with the original's flow-analysis attributes.</summary>
    public static string Parameter(ParameterModel parameter) => parameter.Attributes + ImplementationParameter(parameter);

    public static string Parameters(MethodModel method) => string.Join(", ", method.Parameters.Select(Parameter));

    /// <summary>
    /// The parameters of the partial form's implementation: its attributes are merged with the user's declaration,
    /// which already carries them.
    /// </summary>
    public static string ImplementationParameters(MethodModel method) => string.Join(", ", method.Parameters.Select(ImplementationParameter));

    private static string ImplementationParameter(ParameterModel parameter)
    {
        var modifiers = (parameter.IsThis ? "this " : string.Empty)
            + (parameter.IsScoped ? "scoped " : string.Empty)
            + (parameter.IsParams ? "params " : string.Empty)
            + parameter.RefKind;
        return modifiers + parameter.Type + " " + parameter.Name;
    }

    public static string Arguments(MethodModel method) => string.Join(", ", method.Parameters.Select(Argument));

    private static string Argument(ParameterModel parameter)
    {
        var modifier = parameter.RefKind == "ref readonly " ? "in " : parameter.RefKind;
        return modifier + parameter.Name;
    }
}
