namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// The compiler recognises <c>InterceptsLocationAttribute</c> by name; declaring it file-local keeps it out of the
/// user's API and avoids clashes with other generators that declare it too.
/// </summary>
internal static class InterceptsLocationAttributeEmitter
{
    public static void Write(SourceWriter writer)
    {
        writer.OpenBlock("namespace System.Runtime.CompilerServices");
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Method, AllowMultiple = true)]");
        writer.OpenBlock("file sealed class InterceptsLocationAttribute : global::System.Attribute");
        writer.OpenBlock("public InterceptsLocationAttribute(int version, string data)")
            .Line("_ = version;")
            .Line("_ = data;")
            .CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
