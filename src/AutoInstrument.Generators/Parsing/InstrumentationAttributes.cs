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
        var appliesToMember = type.TypeKind == TypeKind.Interface
            || (method.DeclaredAccessibility == Accessibility.Public && !method.IsImplicitlyDeclared && !OverridesObjectMember(method));
        return appliesToMember ? FindOn(type, attributeType) : null;
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
