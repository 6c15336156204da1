using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads what the wrapper of a method must repeat so that calling the method is as legal inside it as at the user's call site.</summary>
internal static class WrapperAttributesParser
{
    public static WrapperAttributesModel Parse(IMethodSymbol method, CompilationContext types)
    {
        var named = NamedSymbols(method).ToList();
        var isObsolete = named.Any(symbol => Find(symbol, AttributeNames.Obsolete) is not null);
        var experimentalIds = named
            .SelectMany(symbol => new[] { Find(symbol, AttributeNames.Experimental), Find(symbol.ContainingAssembly, AttributeNames.Experimental) })
            .Select(attribute => attribute is null ? null : InstrumentationAttributes.ConstructorString(attribute))
            .Where(id => !string.IsNullOrEmpty(id))
            .Select(id => id!)
            .Distinct()
            .OrderBy(id => id, System.StringComparer.Ordinal)
            .ToEquatableArray();

        // A type's Requires* covers its members, so the wrapper of a member repeats the type's.
        var owners = new ISymbol[] { method }.Concat(ContainingTypes.Of(method)).ToList();
        return new WrapperAttributesModel(
            IsObsolete: isObsolete,
            ExperimentalIds: experimentalIds,
            RequiresUnreferencedCode: Message(owners, AttributeNames.RequiresUnreferencedCode),
            RequiresDynamicCode: Message(owners, AttributeNames.RequiresDynamicCode),
            RequiresAssemblyFiles: Message(owners, AttributeNames.RequiresAssemblyFiles),
            DoesNotReturn: Find(method, AttributeNames.DoesNotReturn) is not null,
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
        foreach (var type in ContainingTypes.Of(method))
        {
            yield return type;
        }

        foreach (var type in SignatureTypes.Of(method))
        {
            yield return type;
            foreach (var outer in ContainingTypes.Of(type))
            {
                yield return outer;
            }
        }
    }

    private static AttributeData? Find(ISymbol? symbol, string attributeName) =>
        symbol?.GetAttributes().FirstOrDefault(a => MetadataNames.Is(a.AttributeClass, attributeName));
}
