using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Finds the attribute that instruments a method: on the method itself, or on its type for the type's public methods.</summary>
internal static class InstrumentationAttributes
{
    public static AttributeData? Find(IMethodSymbol method, INamedTypeSymbol? attributeType)
    {
        if (attributeType is null || method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        return FindOn(method, attributeType) ?? FindOnContainingType(method, attributeType);
    }

    /// <summary>Whether <c>[Traced]</c> or <c>[Measured]</c> applies to the method, on itself or through its type.</summary>
    public static bool IsInstrumented(IMethodSymbol method, INamedTypeSymbol? traced, INamedTypeSymbol? measured) =>
        Find(method, traced) is not null || Find(method, measured) is not null;

    private static AttributeData? FindOnContainingType(IMethodSymbol method, INamedTypeSymbol attributeType)
    {
        var type = method.ContainingType;
        if (FindOn(type, attributeType) is not { } attribute)
        {
            return null;
        }

        return IsOperationOfType(method) ? attribute : null;
    }

    /// <summary>
    /// Whether the method is one of its type's operations, which an attribute on the type covers: every member of an
    /// interface; of another type, the public methods it declares, but not <c>object</c> overrides, members the compiler
    /// synthesizes or implementations of <see cref="PlumbingInterfaces"/>.
    /// </summary>
    public static bool IsOperationOfType(IMethodSymbol method) =>
        method.ContainingType.TypeKind == TypeKind.Interface
        || (method.DeclaredAccessibility == Accessibility.Public
            && !method.IsImplicitlyDeclared
            && !OverridesObjectMember(method)
            && !ImplementsPlumbing(method));

    /// <summary>
    /// The BCL interfaces a type implements for the language and the framework rather than as one of its operations:
    /// disposal, enumeration, equality, ordering, formatting, cloning. An attribute on the type leaves their
    /// implementations alone, as it leaves <c>object</c> overrides; one on the method itself still applies.
    /// </summary>
    private static readonly string[] PlumbingInterfaces =
    {
        "System.IDisposable",
        "System.IAsyncDisposable",
        "System.Collections.IEnumerable",
        "System.Collections.Generic.IEnumerable`1",
        "System.Collections.IEnumerator",
        "System.Collections.Generic.IEnumerator`1",
        "System.Collections.Generic.IAsyncEnumerable`1",
        "System.Collections.Generic.IAsyncEnumerator`1",
        "System.IEquatable`1",
        "System.IComparable",
        "System.IComparable`1",
        "System.Collections.IComparer",
        "System.Collections.Generic.IComparer`1",
        "System.Collections.IEqualityComparer",
        "System.Collections.Generic.IEqualityComparer`1",
        "System.Collections.IStructuralEquatable",
        "System.Collections.IStructuralComparable",
        "System.IFormattable",
        "System.ISpanFormattable",
        "System.IUtf8SpanFormattable",
        "System.ICloneable",
    };

    /// <summary>Whether the method, or a base method it overrides, implements a member of a <see cref="PlumbingInterfaces"/> interface.</summary>
    private static bool ImplementsPlumbing(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            foreach (var abstraction in AbstractionCheck.Abstractions(current))
            {
                if (abstraction.ContainingType is { TypeKind: TypeKind.Interface } contract && IsPlumbing(contract))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPlumbing(INamedTypeSymbol contract)
    {
        var definition = contract.OriginalDefinition;
        if (definition.ContainingNamespace?.ToDisplayString() is not ("System" or "System.Collections" or "System.Collections.Generic"))
        {
            return false;
        }

        var name = definition.ContainingNamespace.ToDisplayString() + "." + definition.MetadataName;
        return System.Array.IndexOf(PlumbingInterfaces, name) >= 0;
    }

    /// <summary>
    /// <c>ToString</c>, <c>Equals</c> and <c>GetHashCode</c> are not operations of the type: an attribute on the type
    /// leaves them alone (one on the method itself still applies), as it leaves the members a record synthesizes.
    /// </summary>
    private static bool OverridesObjectMember(IMethodSymbol method)
    {
        var overridden = method.OverriddenMethod;
        while (overridden?.OverriddenMethod is { } further)
        {
            overridden = further;
        }

        return overridden?.ContainingType.SpecialType == SpecialType.System_Object;
    }

    private static AttributeData? FindOn(ISymbol symbol, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }

    public static string? ConstructorString(AttributeData attribute) =>
        attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;

    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
