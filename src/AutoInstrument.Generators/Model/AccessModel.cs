using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>How the wrapper, which lives outside the user's types, reaches the original method.</summary>
internal enum AccessKind
{
    /// <summary>The method is visible to the rest of the assembly: call it.</summary>
    Direct,

    /// <summary>The method is private or protected in a partial type: a generated internal accessor in that type calls it.</summary>
    PartialAccessor,

    /// <summary>
    /// The method is private or protected in a type that is not partial: an <c>[UnsafeAccessor]</c> calls it (.NET 8+;
    /// generic types and methods from .NET 9, static classes from .NET 10).
    /// </summary>
    UnsafeAccessor,
}

/// <param name="Kind">The way in.</param>
/// <param name="Namespace">For a partial accessor: the containing namespace, empty for the global namespace.</param>
/// <param name="ContainingTypes">For a partial accessor: the containing type declarations, outermost first.</param>
/// <param name="AccessorName">The name of the generated accessor method.</param>
/// <param name="TargetTypeName">For an <c>[UnsafeAccessor]</c> into a static class: its assembly-qualified name for <c>[UnsafeAccessorType]</c>; empty otherwise.</param>
internal sealed record AccessModel(AccessKind Kind, string Namespace, EquatableArray<string> ContainingTypes, string AccessorName, string TargetTypeName = "")
{
    public static readonly AccessModel Direct = new(AccessKind.Direct, string.Empty, EquatableArray<string>.Empty, string.Empty);
}
