using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Boundaries;

/// <summary>
/// Decides whether a type is a boundary under a <see cref="BoundaryDeclaration"/>, and says why, for the message:
/// "base type Microsoft.AspNetCore.Mvc.ControllerBase", "attribute …", "name pattern *Service", "namespace Shop.Api".
/// </summary>
internal static class BoundaryMatch
{
    public static string? ReasonOf(INamedTypeSymbol type, BoundaryDeclaration declaration) =>
        ByBaseType(type, declaration) ?? ByAttribute(type, declaration) ?? ByName(type, declaration) ?? ByNamespace(type, declaration);

    /// <summary>A base class anywhere up the chain, or any interface the type implements; the listed type itself is not a boundary.</summary>
    private static string? ByBaseType(INamedTypeSymbol type, BoundaryDeclaration declaration)
    {
        if (declaration.BaseTypes.Count == 0)
        {
            return null;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (Listed(declaration.BaseTypes, current) is { } name)
            {
                return "base type " + name;
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            if (Listed(declaration.BaseTypes, contract) is { } name)
            {
                return "interface " + name;
            }
        }

        return null;
    }

    /// <summary>
    /// An attribute of a listed class or a class derived from it (<c>[ApiController]</c> is a <c>ControllerAttribute</c>),
    /// on the type or, where its usage says it is inherited, on a base class.
    /// </summary>
    private static string? ByAttribute(INamedTypeSymbol type, BoundaryDeclaration declaration)
    {
        if (declaration.Attributes.Count == 0)
        {
            return null;
        }

        var own = true;
        for (var current = type; current is not null; current = current.BaseType, own = false)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass is not { } attributeClass || (!own && !IsInherited(attributeClass)))
                {
                    continue;
                }

                for (var candidate = attributeClass; candidate is not null; candidate = candidate.BaseType)
                {
                    var name = MetadataName(candidate);
                    if (declaration.Attributes.Any(a => a == name || a + "Attribute" == name))
                    {
                        return "attribute " + name;
                    }
                }
            }
        }

        return null;
    }

    private static string? ByName(INamedTypeSymbol type, BoundaryDeclaration declaration) =>
        declaration.NamePatterns.FirstOrDefault(pattern => Wildcard.IsMatch(type.Name, pattern)) is { } match ? "name pattern " + match : null;

    private static string? ByNamespace(INamedTypeSymbol type, BoundaryDeclaration declaration)
    {
        if (declaration.Namespaces.Count == 0 || type.ContainingNamespace is not { IsGlobalNamespace: false } containing)
        {
            return null;
        }

        var name = containing.ToDisplayString();
        var match = declaration.Namespaces.FirstOrDefault(entry => Wildcard.HasWildcards(entry)
            ? Wildcard.IsMatch(name, entry)
            : name == entry || name.StartsWith(entry + ".", StringComparison.Ordinal));
        return match is null ? null : "namespace " + match;
    }

    private static string? Listed(System.Collections.Generic.IReadOnlyList<string> names, INamedTypeSymbol type)
    {
        var name = MetadataName(type.OriginalDefinition);
        return names.Contains(name) ? name : null;
    }

    /// <summary><c>AttributeUsage(Inherited = …)</c> on the attribute class or a base of it; attributes are inherited unless it says no.</summary>
    private static bool IsInherited(INamedTypeSymbol attributeClass)
    {
        for (var current = attributeClass; current is not null; current = current.BaseType)
        {
            var usage = current.GetAttributes().FirstOrDefault(a => a.AttributeClass is { Name: "AttributeUsageAttribute", ContainingNamespace.Name: "System" });
            if (usage is not null)
            {
                return !usage.NamedArguments.Any(a => a.Key == "Inherited" && a.Value.Value is false);
            }
        }

        return true;
    }

    /// <summary>The name as metadata writes it: <c>Shop.Outer+Inner</c>, <c>Shop.IRepository`1</c>.</summary>
    private static string MetadataName(INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            return MetadataName(outer) + "+" + type.MetadataName;
        }

        return type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." + type.MetadataName : type.MetadataName;
    }
}
