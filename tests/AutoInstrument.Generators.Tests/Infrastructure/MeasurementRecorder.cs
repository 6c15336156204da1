using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace AutoInstrument.Generators.Tests.Infrastructure;

/// <summary>Listens to one meter and keeps every histogram measurement it records.</summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();
    private readonly ConcurrentDictionary<string, Instrument> _instruments = new();

    public MeasurementRecorder(string meterName, bool keep = true)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                _instruments[instrument.Name] = instrument;
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>(keep ? Keep : Ignore);
        _listener.Start();
    }

    public IReadOnlyList<RecordedMeasurement> Measurements => _measurements.ToArray();

    public Instrument Instrument(string name) => _instruments[name];

    public void Dispose() => _listener.Dispose();

    private void Keep(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state) =>
        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    private static void Ignore(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
    }
}

public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
