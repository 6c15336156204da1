using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>What is wrong with the name a tag records under, if anything.</summary>
internal enum TagNameProblem
{
    None,

    /// <summary><c>[Tag("")]</c>: an empty or whitespace name.</summary>
    Blank,

    /// <summary>A name the wrapper sets itself (<see cref="ArgumentRules.IsReservedTagName"/>).</summary>
    Reserved,

    /// <summary>A name an earlier tag of the same method already records.</summary>
    Duplicate,
}

/// <summary>One <c>[Tag]</c>, <c>[return: Tag]</c> or <c>[MetricTag]</c> of a method and the name it records under.</summary>
/// <param name="Parameter">The parameter tagged; null for the result.</param>
/// <param name="Attribute">The attribute.</param>
/// <param name="Name">The name recorded: the attribute's argument, else the parameter's name (<c>return</c> for the result).</param>
/// <param name="Problem">Why the tag is left out, if it is.</param>
/// <param name="First">For a duplicate, the tag that records the name.</param>
internal sealed record TagDeclaration(IParameterSymbol? Parameter, AttributeData Attribute, string Name, TagNameProblem Problem, TagDeclaration? First)
{
    /// <summary>The parameter's name, or "the return value".</summary>
    public string Subject => Parameter?.Name ?? "the return value";
}

/// <summary>
/// The tags of a method in the order the wrapper records them — parameters in declaration order, then the result — with
/// the verdict on each name. A tag whose name is blank, reserved or already used is not recorded: the parser leaves it out,
/// the analyzers report it, both from this one list.
/// </summary>
internal static class TagDeclarations
{
    /// <summary>The span attributes: <c>[Tag]</c> on parameters, then <c>[return: Tag]</c>.</summary>
    public static IReadOnlyList<TagDeclaration> ForSpan(IMethodSymbol method, INamedTypeSymbol? tagAttribute)
    {
        var result = new List<TagDeclaration>();
        if (tagAttribute is null)
        {
            return result;
        }

        foreach (var parameter in method.Parameters)
        {
            if (FindOn(parameter.GetAttributes(), tagAttribute) is { } attribute)
            {
                Add(result, parameter, attribute, InstrumentationAttributes.ConstructorString(attribute) ?? parameter.Name);
            }
        }

        if (FindOn(method.GetReturnTypeAttributes(), tagAttribute) is { } returnTag)
        {
            Add(result, null, returnTag, InstrumentationAttributes.ConstructorString(returnTag) ?? "return");
        }

        return result;
    }

    /// <summary>The metric dimensions: <c>[MetricTag]</c> on parameters.</summary>
    public static IReadOnlyList<TagDeclaration> ForMetric(IMethodSymbol method, INamedTypeSymbol? metricTagAttribute)
    {
        var result = new List<TagDeclaration>();
        if (metricTagAttribute is null)
        {
            return result;
        }

        foreach (var parameter in method.Parameters)
        {
            if (FindOn(parameter.GetAttributes(), metricTagAttribute) is { } attribute)
            {
                Add(result, parameter, attribute, InstrumentationAttributes.ConstructorString(attribute) ?? parameter.Name);
            }
        }

        return result;
    }

    /// <summary>The verdict on the tag of <paramref name="parameter"/> (null: the result) in <paramref name="tags"/>.</summary>
    public static TagNameProblem ProblemOf(IReadOnlyList<TagDeclaration> tags, IParameterSymbol? parameter)
    {
        foreach (var tag in tags)
        {
            if (SymbolEqualityComparer.Default.Equals(tag.Parameter, parameter))
            {
                return tag.Problem;
            }
        }

        return TagNameProblem.None;
    }

    private static void Add(List<TagDeclaration> tags, IParameterSymbol? parameter, AttributeData attribute, string name)
    {
        TagDeclaration? first = null;
        foreach (var earlier in tags)
        {
            if (earlier.Problem == TagNameProblem.None && earlier.Name == name)
            {
                first = earlier;
                break;
            }
        }

        var problem = string.IsNullOrWhiteSpace(name) ? TagNameProblem.Blank
            : ArgumentRules.IsReservedTagName(name) ? TagNameProblem.Reserved
            : first is not null ? TagNameProblem.Duplicate
            : TagNameProblem.None;
        tags.Add(new TagDeclaration(parameter, attribute, name, problem, first));
    }

    private static AttributeData? FindOn(IEnumerable<AttributeData> attributes, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return attribute;
            }
        }

        return null;
    }
}
