namespace AutoInstrument.Generators.Emitting;

/// <summary>The fully qualified names generated code refers to.</summary>
internal static class KnownTypes
{
    public const string ActivityKind = "global::System.Diagnostics.ActivityKind";
    public const string Exception = "global::System.Exception";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string GeneratedNamespace = "AutoInstrument.Generated";
}
