using System;
using System.Diagnostics;

namespace AutoInstrument;

/// <summary>
/// Opens an OpenTelemetry span (an <see cref="Activity"/>) around every call of the method.
/// On a class, applies to its public methods; on an interface, to its members.
/// </summary>
/// <remarks>
/// The wrapper is generated at compile time: calls in the compilation are intercepted, and a
/// <c>partial</c> method declared with this attribute is implemented by calling its <c>…Core</c> body.
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
public sealed class TracedAttribute : Attribute
{
    /// <summary>Names the span <c>Type.Method</c>.</summary>
    public TracedAttribute()
    {
    }

    /// <summary>Names the span <paramref name="name"/>.</summary>
    public TracedAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The span name; <c>Type.Method</c> when not set.</summary>
    public string? Name { get; }

    /// <summary>The span kind; <see cref="ActivityKind.Internal"/> by default.</summary>
    public ActivityKind Kind { get; set; } = ActivityKind.Internal;
}
