using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>The instrumentation attributes of one compilation, looked up once by the tracing and usage rules.</summary>
internal sealed class InstrumentationSymbols
{
    private InstrumentationSymbols(Compilation compilation, INamedTypeSymbol? traced, INamedTypeSymbol? measured)
    {
        Traced = traced;
        Measured = measured;
        Tag = compilation.GetTypeByMetadataName(AttributeNames.Tag);
        MetricTag = compilation.GetTypeByMetadataName(AttributeNames.MetricTag);
    }

    public INamedTypeSymbol? Traced { get; }

    public INamedTypeSymbol? Measured { get; }

    public INamedTypeSymbol? Tag { get; }

    public INamedTypeSymbol? MetricTag { get; }

    /// <summary>Null when the compilation does not reference AutoInstrument, so the rules register nothing.</summary>
    public static InstrumentationSymbols? From(Compilation compilation)
    {
        var traced = compilation.GetTypeByMetadataName(AttributeNames.Traced);
        var measured = compilation.GetTypeByMetadataName(AttributeNames.Measured);
        return traced is null && measured is null ? null : new InstrumentationSymbols(compilation, traced, measured);
    }

    /// <summary>
    /// The implementation part of a partial method: its attributes are those of the definition, which the rules analyze,
    /// so they skip this part rather than report twice.
    /// </summary>
    public static bool IsPartialImplementation(ISymbol symbol) => symbol is IMethodSymbol { PartialDefinitionPart: not null };

    public bool IsInstrumented(IMethodSymbol method) => InstrumentationAttributes.IsInstrumented(method, Traced, Measured);

    /// <summary>Whether <paramref name="attribute"/> is <c>[Traced]</c> or <c>[Measured]</c>.</summary>
    public bool IsInstrumentationAttribute(INamedTypeSymbol? attribute) =>
        attribute is not null && (SymbolEqualityComparer.Default.Equals(attribute, Traced) || SymbolEqualityComparer.Default.Equals(attribute, Measured));
}
