using System;

namespace AutoInstrument;

/// <summary>
/// Adds a parameter of a <see cref="MeasuredAttribute"/> method as a metric dimension.
/// Dimensions must have few distinct values; set <see cref="Bounded"/> to vouch for a type the analyzer cannot prove bounded.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class MetricTagAttribute : Attribute
{
    /// <summary>Uses the parameter's name as written as the dimension name.</summary>
    public MetricTagAttribute()
    {
    }

    /// <summary>Uses <paramref name="name"/> as the dimension name.</summary>
    public MetricTagAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The dimension name; the parameter's name when not set.</summary>
    public string? Name { get; }

    /// <summary>The user vouches that the parameter takes few distinct values.</summary>
    public bool Bounded { get; set; }
}
