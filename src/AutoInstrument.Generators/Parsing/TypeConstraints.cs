using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Writes a type parameter's <c>where</c> clause exactly as declared, so the wrapper accepts the same type arguments.</summary>
internal static class TypeConstraints
{
    public static string Clause(ITypeParameterSymbol parameter)
    {
        var constraints = new List<string>();
        if (parameter.HasReferenceTypeConstraint)
        {
            constraints.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
        }
        else if (parameter.HasUnmanagedTypeConstraint)
        {
            constraints.Add("unmanaged");
        }
        else if (parameter.HasValueTypeConstraint)
        {
            constraints.Add("struct");
        }
        else if (parameter.HasNotNullConstraint)
        {
            constraints.Add("notnull");
        }

        foreach (var type in parameter.ConstraintTypes)
        {
            constraints.Add(type.ToFullyQualified());
        }

        if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint)
        {
            constraints.Add("new()");
        }

        if (parameter.AllowsRefLikeType)
        {
            constraints.Add("allows ref struct");
        }

        return constraints.Count == 0 ? string.Empty : "where " + Identifiers.Escape(parameter.Name) + " : " + string.Join(", ", constraints);
    }
}
