using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace AnnotateLibrary;

/// <summary>
/// Compiled into the annotated library's test assembly: from its load on, every span of every source is sampled with
/// all data and every measurement of every meter is recorded, so that each instrumented wrapper runs its enabled path.
/// The counts are written at exit to the file named by ANNOTATE_LISTEN_REPORT, as evidence the listener saw traffic.
/// </summary>
internal static class ListenToEverything
{
    private static long s_spans;
    private static long s_measurements;

    [ModuleInitializer]
    internal static void Start()
    {
        var activities = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _ => Interlocked.Increment(ref s_spans),
        };
        ActivitySource.AddActivityListener(activities);

        var meters = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        meters.SetMeasurementEventCallback<double>((_, _, _, _) => Interlocked.Increment(ref s_measurements));
        meters.Start();

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Report();
    }

    private static void Report()
    {
        var path = Environment.GetEnvironmentVariable("ANNOTATE_LISTEN_REPORT");
        if (!string.IsNullOrEmpty(path))
        {
            File.WriteAllText(path, $"spans {Interlocked.Read(ref s_spans)}, measurements {Interlocked.Read(ref s_measurements)}\n");
        }
    }
}
