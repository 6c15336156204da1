// F4 — trimming annotations are not carried to the wrapper: IL2026/IL2091 in generated code (errors in an
// IsAotCompatible library with warnings as errors) (MoreLINQ: ToDataTable.cs ToDataTable overloads, BuildOrBindSchema).
using System.Diagnostics.CodeAnalysis;

public static class Tables
{
    [AutoInstrument.Traced]
    [RequiresUnreferencedCode("Reads the public properties of T.")]
    public static int Columns<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>() =>
        typeof(T).GetProperties().Length;

    [RequiresUnreferencedCode("Calls Columns.")]
    public static int Use() => Columns<string>();
}
