using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Benchmarks.Floor;

/// <summary>A bound call of a <c>[Traced]</c> method and where an interceptor would intercept it.</summary>
internal sealed class TracedCallSite(IMethodSymbol method, InterceptableLocation location)
{
    public IMethodSymbol Method { get; } = method;

    public InterceptableLocation Location { get; } = location;
}
