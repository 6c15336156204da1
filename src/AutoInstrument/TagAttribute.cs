using System;

namespace AutoInstrument;

/// <summary>
/// Records a parameter (or, with <c>[return: Tag]</c>, the result) of a <see cref="TracedAttribute"/>
/// method as a span attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.ReturnValue, Inherited = false)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Uses the parameter's name as written (or <c>return</c> for the result) as the attribute name.</summary>
    public TagAttribute()
    {
    }

    /// <summary>Uses <paramref name="name"/> as the attribute name, e.g. <c>user.id</c>.</summary>
    public TagAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The attribute name; the parameter's name when not set.</summary>
    public string? Name { get; }
}
