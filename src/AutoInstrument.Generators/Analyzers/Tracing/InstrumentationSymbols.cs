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

    public bool IsInstrumented(IMethodSymbol method) => InstrumentationAttributes.IsInstrumented(method, _traced, _measured);
}
