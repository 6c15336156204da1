using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Common;

/// <summary>
/// Tells a type by its full metadata name without formatting it: the parser asks this of every attribute of every
/// symbol a wrapper names, and <c>ToDisplayString()</c> there cost a third of the generator's time on a real library.
/// </summary>
internal static class MetadataNames
{
    /// <summary>Whether <paramref name="type"/> is the top-level type <paramref name="fullName"/>, e.g. <c>System.ObsoleteAttribute</c>.</summary>
    public static bool Is(ITypeSymbol? type, string fullName)
    {
        if (type is null || type.ContainingType is not null)
        {
            return false;
        }

        var end = fullName.Length - type.MetadataName.Length;
        if (end < 0 || string.CompareOrdinal(fullName, end, type.MetadataName, 0, type.MetadataName.Length) != 0)
        {
            return false;
        }

        return IsNamespace(type.ContainingNamespace, fullName, end);
    }

    // The namespace matches fullName[0..end), where end is just past a '.' (or 0 for the global namespace).
    private static bool IsNamespace(INamespaceSymbol? ns, string fullName, int end)
    {
        while (ns is { IsGlobalNamespace: false })
        {
            var start = end - 1 - ns.Name.Length;
            if (start < 0 || fullName[end - 1] != '.' || string.CompareOrdinal(fullName, start, ns.Name, 0, ns.Name.Length) != 0)
            {
                return false;
            }

            end = start;
            ns = ns.ContainingNamespace;
        }

        return end == 0;
    }
}
