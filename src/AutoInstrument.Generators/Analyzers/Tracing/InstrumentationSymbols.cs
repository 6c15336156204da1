using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>The instrumentation attributes of one compilation, looked up once by the tracing rules.</summary>
internal sealed class InstrumentationSymbols
{
    private readonly INamedTypeSymbol? _traced;
    private readonly INamedTypeSymbol? _measured;

    private InstrumentationSymbols(INamedTypeSymbol? traced, INamedTypeSymbol? measured)
    {
        _traced = traced;
        _measured = measured;
    }

    /// <summary>Null when the compilation does not reference AutoInstrument, so the rules register nothing.</summary>
    public static InstrumentationSymbols? From(Compilation compilation)
    {
        var traced = compilation.GetTypeByMetadataName(AttributeNames.Traced);
        var measured = compilation.GetTypeByMetadataName(AttributeNames.Measured);
        return traced is null && measured is null ? null : new InstrumentationSymbols(traced, measured);
    }

    /// <summary>Whether <c>[Traced]</c> or <c>[Measured]</c> applies to the method, on itself or through its type.</summary>
    public bool IsInstrumented(IMethodSymbol method) =>
        InstrumentationAttributes.Find(method, _traced) is not null || InstrumentationAttributes.Find(method, _measured) is not null;
}
