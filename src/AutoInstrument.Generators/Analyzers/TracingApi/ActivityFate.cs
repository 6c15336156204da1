namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>What becomes of a started activity in the function that starts it.</summary>
internal enum ActivityFate
{
    /// <summary>Disposed by <c>using</c>, stopped in a finally block, stopped before anything can fail, or handed on.</summary>
    Ended,

    /// <summary>The result of the start is thrown away.</summary>
    Discarded,

    /// <summary>Kept in a local that is never stopped or disposed.</summary>
    NeverStopped,

    /// <summary>Stopped on the success path only: a call, await, throw or return before the stop can skip it.</summary>
    StoppedOnSuccessOnly,
}
