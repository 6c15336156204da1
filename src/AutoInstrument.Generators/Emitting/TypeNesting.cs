using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Reopens a user's namespace and partial containing types around generated members.</summary>
internal static class TypeNesting
{
    public static void Open(SourceWriter writer, string ns, EquatableArray<string> containingTypes)
    {
        if (ns.Length > 0)
        {
            writer.OpenBlock("namespace " + ns);
        }

        foreach (var type in containingTypes)
        {
            writer.OpenBlock(type);
        }
    }

    public static void Close(SourceWriter writer, string ns, EquatableArray<string> containingTypes)
    {
        foreach (var _ in containingTypes)
        {
            writer.CloseBlock();
        }

        if (ns.Length > 0)
        {
            writer.CloseBlock();
        }
    }
}
