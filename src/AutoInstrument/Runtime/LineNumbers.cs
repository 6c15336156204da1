using System.Threading;

namespace AutoInstrument.Runtime;

/// <summary>
/// <c>code.line.number</c> values boxed once per line: a span's attributes hold objects, and a constant should not cost
/// an allocation per span.
/// </summary>
internal static class LineNumbers
{
    // Lines past this are rare; they are boxed per span rather than kept.
    private const int Cached = 8192;

    private static readonly object?[] Boxes = new object?[Cached];

    public static object Box(int line)
    {
        if ((uint)line >= Cached)
        {
            return line;
        }

        // A race boxes a line twice; either box is correct.
        return Volatile.Read(ref Boxes[line]) ?? (Boxes[line] = line);
    }
}
