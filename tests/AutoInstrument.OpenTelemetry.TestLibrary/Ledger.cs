namespace AutoInstrument.OpenTelemetry.TestLibrary;

/// <summary>
/// Instrumented methods the application calls directly: their spans and measurements are this library's, whichever
/// assembly holds the call, and one histogram serves the library's own calls and the application's.
/// </summary>
public sealed class Ledger
{
    [Traced]
    [Measured("ledger.post.duration")]
    public int Post(int amount) => amount;

    public int PostTwice(int amount) => Post(amount) + Post(amount);

    [Measured("ledger.audit.duration", Buckets = new[] { 0.01, 0.1, 1.0 })]
    public int Audit(int entries) => entries;
}
