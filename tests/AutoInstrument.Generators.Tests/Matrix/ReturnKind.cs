namespace AutoInstrument.Generators.Tests.Matrix;

/// <summary>
/// What an instrumented method of the matrix returns, and how its body and its caller are written for that: the body logs
/// its call and throws for a negative argument, the caller logs what it got back.
/// </summary>
/// <param name="Name">A short name for test output.</param>
/// <param name="ReturnType">The declared return type.</param>
/// <param name="IsAsync">Declared <c>async</c>: no <c>ref</c>, <c>out</c> or span parameters then.</param>
/// <param name="Body">The statements of the body; <c>BEFORE</c> marks where a shape adds its own.</param>
/// <param name="Consume">The caller's statement, around <c>CALL</c>.</param>
public sealed record ReturnKind(string Name, string ReturnType, bool IsAsync, string Body, string Consume)
{
    private const string Start = "BEFORE Log.Add(\"M\" + x);";

    public static readonly ReturnKind Void = new("void", "void", false, $"{Start} Log.FailIf(x);", "CALL; Log.Add(\"done\");");

    public static readonly ReturnKind Value = new("int", "int", false, $"{Start} Log.FailIf(x); return x * 2;", "Log.Add(CALL);");

    public static readonly ReturnKind AsyncTask = new(
        "async Task", "System.Threading.Tasks.Task", true, $"await System.Threading.Tasks.Task.Yield(); {Start} Log.FailIf(x);", "await CALL; Log.Add(\"done\");");

    public static readonly ReturnKind SyncTask = new(
        "Task", "System.Threading.Tasks.Task", false, $"{Start} Log.FailIf(x); return System.Threading.Tasks.Task.CompletedTask;", "await CALL; Log.Add(\"done\");");

    public static readonly ReturnKind AsyncTaskOfT = new(
        "async Task<int>", "System.Threading.Tasks.Task<int>", true, $"await System.Threading.Tasks.Task.Yield(); {Start} Log.FailIf(x); return x * 2;", "Log.Add(await CALL);");

    public static readonly ReturnKind AsyncValueTask = new(
        "async ValueTask", "System.Threading.Tasks.ValueTask", true, $"await System.Threading.Tasks.Task.Yield(); {Start} Log.FailIf(x);", "await CALL; Log.Add(\"done\");");

    public static readonly ReturnKind AsyncValueTaskOfT = new(
        "async ValueTask<int>", "System.Threading.Tasks.ValueTask<int>", true, $"await System.Threading.Tasks.Task.Yield(); {Start} Log.FailIf(x); return x * 2;", "Log.Add(await CALL);");

    public static readonly ReturnKind CompletedValueTaskOfT = new(
        "ValueTask<int>", "System.Threading.Tasks.ValueTask<int>", false, $"{Start} Log.FailIf(x); return new System.Threading.Tasks.ValueTask<int>(x * 2);", "Log.Add(await CALL);");

    public static readonly ReturnKind NullableTaskOfT = new(
        "Task<int>?", "System.Threading.Tasks.Task<int>?", false, $"{Start} Log.FailIf(x); return x == 2 ? null : System.Threading.Tasks.Task.FromResult(x * 2);",
        "var task = CALL; Log.Add(task is null ? \"null\" : await task);");

    public static readonly ReturnKind Iterator = new(
        "IEnumerable<int>", "System.Collections.Generic.IEnumerable<int>", false, $"{Start} yield return x; Log.FailIf(x); yield return x + 1;",
        "foreach (var item in CALL) { Log.Add(item); }");

    public static readonly ReturnKind AsyncIterator = new(
        "IAsyncEnumerable<int>", "System.Collections.Generic.IAsyncEnumerable<int>", true,
        $"await System.Threading.Tasks.Task.Yield(); {Start} yield return x; Log.FailIf(x); yield return x + 1;",
        "await foreach (var item in CALL) { Log.Add(item); }");

    public static readonly IReadOnlyList<ReturnKind> All =
    [
        Void, Value, AsyncTask, SyncTask, AsyncTaskOfT, AsyncValueTask, AsyncValueTaskOfT, CompletedValueTaskOfT, NullableTaskOfT, Iterator, AsyncIterator,
    ];

    /// <summary>Iterators and async methods take no <c>ref</c>, <c>out</c>, <c>in</c> or span parameters.</summary>
    public bool TakesByReference => !IsAsync && this != Iterator;

    public string Signature(string modifiers, string name, string parameters) =>
        $"{modifiers} {(IsAsync ? "async " : string.Empty)}{ReturnType} {name}({parameters})".TrimStart();

    public string BodyWith(string before) => "{ " + Body.Replace("BEFORE", before) + " }";

    public string ConsumeCall(string call) => Consume.Replace("CALL", call);
}
