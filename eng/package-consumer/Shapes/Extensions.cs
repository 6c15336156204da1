using AutoInstrument;

namespace Shapes;

public static class TextExtensions
{
    // A C# 14 extension block compiles to a type C# cannot name: AI0003 here, and the call runs as written.
    extension(string text)
    {
        [Traced]
        public int Doubled() => text.Length * 2;
    }

    [Traced]
    public static int Tripled(this string text) => text.Length * 3;
}
