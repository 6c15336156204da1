namespace AutoInstrument.Generators.Model;

/// <summary>How the wrapper waits for the method's work to finish before it ends the span.</summary>
internal enum ReturnShape
{
    /// <summary>Returns nothing; the work ends when the call returns.</summary>
    Void,

    /// <summary>Returns a value; the work ends when the call returns.</summary>
    Value,

    /// <summary><c>Task</c>: the work ends when the task completes.</summary>
    Task,

    /// <summary><c>Task&lt;T&gt;</c>.</summary>
    TaskOfT,

    /// <summary><c>ValueTask</c>.</summary>
    ValueTask,

    /// <summary><c>ValueTask&lt;T&gt;</c>.</summary>
    ValueTaskOfT,

    /// <summary><c>IAsyncEnumerable&lt;T&gt;</c>: the work is the enumeration.</summary>
    AsyncEnumerable,

    /// <summary>An iterator returning <c>IEnumerable&lt;T&gt;</c>: the work is the enumeration.</summary>
    Enumerable,
}
