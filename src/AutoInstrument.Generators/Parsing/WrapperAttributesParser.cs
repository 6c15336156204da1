using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads what the wrapper of a method must repeat so that calling the method is as legal inside it as at the user's call site.</summary>
internal static class WrapperAttributesParser
{
    private const string Obsolete = "System.ObsoleteAttribute";
    private const string Experimental = "System.Diagnostics.CodeAnalysis.ExperimentalAttribute";
    private const string RequiresUnreferencedCode = "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute";
    private const string RequiresDynamicCode = "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute";
    private const string RequiresAssemblyFiles = "System.Diagnostics.CodeAnalysis.RequiresAssemblyFilesAttribute";

    public static WrapperAttributesModel Parse(IMethodSymbol method, CompilationContext types)
    {
        var named = NamedSymbols(method).ToList();
        var isObsolete = named.Any(symbol => Find(symbol, Obsolete) is not null);
        var experimentalIds = named
            .SelectMany(symbol => new[] { Find(symbol, Experimental), Find(symbol.ContainingAssembly, Experimental) })
            .Select(attribute => attribute is null ? null : InstrumentationAttributes.ConstructorString(attribute))
            .Where(id => !string.IsNullOrEmpty(id))
            .Select(id => id!)
            .Distinct()
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToEquatableArray();

        // A type's Requires* covers its members, so the wrapper of a member repeats the type's.
        var owners = new ISymbol[] { method }.Concat(ContainingTypes(method)).ToList();
        return new WrapperAttributesModel(
            IsObsolete: isObsolete,
            ExperimentalIds: experimentalIds,
            RequiresUnreferencedCode: Message(owners, RequiresUnreferencedCode),
            RequiresDynamicCode: Message(owners, RequiresDynamicCode),
            RequiresAssemblyFiles: Message(owners, RequiresAssemblyFiles),
            CanHideFrames: types.StackTraceHidden is not null);
    }

    private static string? Message(IEnumerable<ISymbol> owners, string attributeName)
    {
        foreach (var owner in owners)
        {
            if (Find(owner, attributeName) is { } attribute)
            {
                return InstrumentationAttributes.ConstructorString(attribute) ?? string.Empty;
            }
        }

        return null;
    }

    /// <summary>Every symbol the wrapper names: the method, its containing types and the types of its signature.</summary>
    private static IEnumerable<ISymbol> NamedSymbols(IMethodSymbol method)
    {
        yield return method;
        foreach (var type in ContainingTypes(method))
        {
            yield return type;
        }

        var signatureTypes = method.Parameters.Select(p => p.Type)
            .Append(method.ReturnType)
            .Concat(method.TypeParameters.SelectMany(t => t.ConstraintTypes));
        foreach (var type in signatureTypes.SelectMany(TypesIn))
        {
            yield return type;
        }
    }

    private static IEnumerable<INamedTypeSymbol> ContainingTypes(ISymbol symbol)
    {
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            yield return type;
        }
    }

    private static IEnumerable<INamedTypeSymbol> TypesIn(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                foreach (var element in TypesIn(array.ElementType))
                {
                    yield return element;
                }

                break;
            case INamedTypeSymbol named:
                yield return named;
                foreach (var outer in ContainingTypes(named))
                {
                    yield return outer;
                }

                foreach (var argument in named.TypeArguments.SelectMany(TypesIn))
                {
                    yield return argument;
                }

                break;
        }
    }

    private static AttributeData? Find(ISymbol? symbol, string attributeName) =>
        symbol?.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == attributeName);
}
