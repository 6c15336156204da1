namespace AutoInstrument.Behavior.Tests.Infrastructure;

/// <summary>One exported histogram point: the measurements that share one set of tags.</summary>
internal sealed record HistogramPoint(
    string Instrument,
    string Unit,
    string Description,
    IReadOnlyDictionary<string, object?> Tags,
    long Count,
    double Sum,
    IReadOnlyList<double> Boundaries)
{
    public object? Tag(string name) => Tags.GetValueOrDefault(name);
}
