namespace AutoInstrument.Generators.Emitting;

/// <summary>The fully qualified names generated code refers to.</summary>
internal static class KnownTypes
{
    public const string Activity = "global::System.Diagnostics.Activity";
    public const string ActivityKind = "global::System.Diagnostics.ActivityKind";
    public const string Exception = "global::System.Exception";
    public const string TaskStatus = "global::System.Threading.Tasks.TaskStatus";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string EnumeratorCancellation = "global::System.Runtime.CompilerServices.EnumeratorCancellation";
    public const string AsyncEnumerableExtensions = "global::System.Threading.Tasks.TaskAsyncEnumerableExtensions";
    public const string ActivityFailure = "global::AutoInstrument.Runtime.ActivityFailure";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
    public const string GeneratedNamespace = "AutoInstrument.Generated";
}
