using System.Diagnostics;
using System.Diagnostics.Metrics;
using AutoInstrument;

// Listened to with the BCL's own listeners (this app references no OpenTelemetry package): its own [Traced]/[Measured]
// method must be instrumented by the generator that came through Greetings, under its own source and meter.
var spans = new List<string>();
using var activities = new ActivityListener
{
    ShouldListenTo = _ => true,
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = activity => spans.Add($"{activity.Source.Name}:{activity.DisplayName}"),
};
ActivitySource.AddActivityListener(activities);

var durations = new List<string>();
using var measurements = new MeterListener();
measurements.InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument);
measurements.SetMeasurementEventCallback<double>((instrument, _, _, _) => durations.Add($"{instrument.Meter.Name}:{instrument.Name}"));
measurements.Start();

var failures = new List<string>();
Expect(Reception.Welcome("Ada") == "Hello, Ada!", "Welcome returns the greeting");
Expect(spans.SequenceEqual(["Greetings:Greeter.Greet", "GreetingsApp:Reception.Welcome"]), $"the library's span inside the app's own (got {string.Join(", ", spans)})");
Expect(durations.SequenceEqual(["GreetingsApp:method.duration"]), $"the app's own method.duration (got {string.Join(", ", durations)})");

foreach (var failure in failures)
{
    Console.WriteLine("FAILED: " + failure);
}

Console.WriteLine(failures.Count == 0 ? $"transitive: {string.Join(", ", spans)}; {durations.Single()}" : $"{failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

internal static class Reception
{
    [Traced]
    [Measured]
    public static string Welcome(string name) => Greetings.Greeter.Greet(name);
}
