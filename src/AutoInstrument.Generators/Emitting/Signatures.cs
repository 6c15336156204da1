using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Pieces of a wrapper's signature and of the call that forwards to the original method.</summary>
internal static class Signatures
{
    public static string TypeParameterList(MethodModel method) =>
        method.TypeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", method.TypeParameters.Select(t => t.Name)) + ">";

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

    /// <summary>The <c>where</c> clauses of the method's own type parameters, for members declared inside its type.</summary>
    public static string[] MethodConstraintClauses(MethodModel method) =>
        method.TypeParameters.Skip(method.TypeParameters.Length - method.MethodTypeParameterCount)
            .Select(t => t.Constraints).Where(c => c.Length > 0).ToArray();

    public static string Parameter(ParameterModel parameter, bool asExtensionThis = false)
    {
        var modifiers = (asExtensionThis || parameter.IsThis ? "this " : string.Empty)
            + (parameter.IsScoped ? "scoped " : string.Empty)
            + (parameter.IsParams ? "params " : string.Empty)
            + parameter.RefKind;
        return modifiers + parameter.Type + " " + parameter.Name;
    }

    public static string Parameters(MethodModel method) => string.Join(", ", method.Parameters.Select(p => Parameter(p)));

    public static string Arguments(MethodModel method) => string.Join(", ", method.Parameters.Select(Argument));

    private static string Argument(ParameterModel parameter)
    {
        var modifier = parameter.RefKind == "ref readonly " ? "in " : parameter.RefKind;
        return modifier + parameter.Name;
    }
}
