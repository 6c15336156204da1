using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Boundaries;

/// <summary>
/// The service boundaries a team declares in <c>.editorconfig</c> or a global config, and what their public methods
/// must carry. Every list is comma-separated; with none of the four lists set nothing is a boundary, which keeps AI0022
/// off by default.
/// </summary>
internal sealed class BoundaryDeclaration
{
    public const string BaseTypesKey = "autoinstrument.boundary.base_types";
    public const string AttributesKey = "autoinstrument.boundary.attributes";
    public const string NamePatternsKey = "autoinstrument.boundary.name_patterns";
    public const string NamespacesKey = "autoinstrument.boundary.namespaces";
    public const string RequireKey = "autoinstrument.boundary.require";

    private BoundaryDeclaration(
        IReadOnlyList<string> baseTypes, IReadOnlyList<string> attributes, IReadOnlyList<string> namePatterns, IReadOnlyList<string> namespaces, RequiredInstrumentation required)
    {
        BaseTypes = baseTypes;
        Attributes = attributes;
        NamePatterns = namePatterns;
        Namespaces = namespaces;
        Required = required;
    }

    /// <summary>Fully qualified metadata names (<c>Microsoft.AspNetCore.Mvc.ControllerBase</c>, <c>Shop.IRepository`1</c>) of base classes and interfaces.</summary>
    public IReadOnlyList<string> BaseTypes { get; }

    /// <summary>Fully qualified attribute names, with or without the <c>Attribute</c> suffix.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>Patterns for the type's name without namespace: <c>*</c> stands for any run of characters, <c>?</c> for one.</summary>
    public IReadOnlyList<string> NamePatterns { get; }

    /// <summary>A namespace with every namespace inside it, or a pattern with <c>*</c>/<c>?</c> over the whole dotted name.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    public RequiredInstrumentation Required { get; }

    public bool DeclaresAny => BaseTypes.Count > 0 || Attributes.Count > 0 || NamePatterns.Count > 0 || Namespaces.Count > 0;

    public static BoundaryDeclaration From(AnalyzerConfigOptions options) => new(
        List(options, BaseTypesKey),
        List(options, AttributesKey),
        List(options, NamePatternsKey),
        List(options, NamespacesKey),
        Requirement(List(options, RequireKey)));

    /// <summary>
    /// <c>traced</c> (the default), <c>measured</c> or both; a value that names neither keeps the default, since a
    /// typo must not turn the rule into one that asks for nothing.
    /// </summary>
    private static RequiredInstrumentation Requirement(IReadOnlyList<string> values)
    {
        var required = RequiredInstrumentation.None;
        foreach (var value in values)
        {
            if (string.Equals(value, "traced", StringComparison.OrdinalIgnoreCase))
            {
                required |= RequiredInstrumentation.Traced;
            }
            else if (string.Equals(value, "measured", StringComparison.OrdinalIgnoreCase))
            {
                required |= RequiredInstrumentation.Measured;
            }
        }

        return required == RequiredInstrumentation.None ? RequiredInstrumentation.Traced : required;
    }

    private static IReadOnlyList<string> List(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value)
            ? value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToArray()
            : Array.Empty<string>();
}
