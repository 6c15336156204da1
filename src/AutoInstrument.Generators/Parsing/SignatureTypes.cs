using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>The named types a wrapper repeats when it declares a method's signature.</summary>
internal static class SignatureTypes
{
    /// <summary>The types of the parameters, the result and the constraints, with their type arguments and array elements.</summary>
    public static IEnumerable<INamedTypeSymbol> Of(IMethodSymbol method) =>
        method.Parameters.Select(p => p.Type)
            .Append(method.ReturnType)
            .Concat(method.TypeParameters.SelectMany(t => t.ConstraintTypes))
            .SelectMany(In);

    private static IEnumerable<INamedTypeSymbol> In(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => In(array.ElementType),
        INamedTypeSymbol named => new[] { named }.Concat(named.TypeArguments.SelectMany(In)),
        _ => Enumerable.Empty<INamedTypeSymbol>(),
    };
}
