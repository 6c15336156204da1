// F9 — [Measured] on a generic method whose type parameter has [DynamicallyAccessedMembers]: the attribute is written
// into the type-argument list of the call of the wrapper's _Record helper (CS1955, CS0119, CS0201, CS1002)
// (MoreLINQ: ToDataTable.cs, the four generic ToDataTable overloads).
using System.Diagnostics.CodeAnalysis;

public static class Tables
{
    [AutoInstrument.Traced, AutoInstrument.Measured]
    [RequiresUnreferencedCode("Reads the public properties of T.")]
    public static int Columns<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>() =>
        typeof(T).GetProperties().Length;

    [RequiresUnreferencedCode("Calls Columns.")]
    public static int Use() => Columns<string>();
}
