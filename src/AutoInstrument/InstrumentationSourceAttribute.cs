using System;

namespace AutoInstrument;

/// <summary>
/// Names the <c>ActivitySource</c> and <c>Meter</c> that generated code in this assembly uses;
/// the assembly name when absent.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
public sealed class InstrumentationSourceAttribute : Attribute
{
    /// <summary>Sets the source and meter name.</summary>
    public InstrumentationSourceAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The source and meter name.</summary>
    public string Name { get; }

    /// <summary>The source and meter version.</summary>
    public string? Version { get; set; }
}
