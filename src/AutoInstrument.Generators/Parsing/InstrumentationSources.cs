using AutoInstrument.Generators.Common;
using Microsoft.CodeAnalysis;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// Reads the source and meter an assembly declares: what the generator recorded in its <c>[InstrumentedAssembly]</c>
/// marker when it was built, else its <c>[assembly: InstrumentationSource("name", Version = "…")]</c>, else its own
/// name and version.
/// </summary>
internal static class InstrumentationSources
{
    /// <param name="assembly">The assembly, compiled or referenced.</param>
    /// <param name="marker">The runtime's marker attribute type, if the compilation references the runtime.</param>
    public static SourceModel Of(IAssemblySymbol assembly, INamedTypeSymbol? marker)
    {
        AttributeData? recorded = null;
        AttributeData? declared = null;
        foreach (var attribute in assembly.GetAttributes())
        {
            if (marker is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, marker))
            {
                recorded = attribute;
            }
            else if (MetadataNames.Is(attribute.AttributeClass, AttributeNames.InstrumentationSource))
            {
                declared = attribute;
            }
        }

        var name = Constructor(recorded) ?? Constructor(declared) ?? assembly.Name;
        var version = Version(recorded) ?? Version(declared) ?? assembly.Identity.Version.ToString();
        return new SourceModel(name, version);
    }

    private static string? Constructor(AttributeData? attribute) =>
        attribute is null ? null : InstrumentationAttributes.ConstructorString(attribute);

    private static string? Version(AttributeData? attribute) =>
        attribute is null ? null : InstrumentationAttributes.Named(attribute, "Version")?.Value as string;
}
