using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using AutoInstrument;
using Shapes;

// Every call below is written as a user writes it; the checks compare with what the methods return on their own.
var spans = new List<string>();
using var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == "Shapes",
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    ActivityStopped = activity => spans.Add(activity.DisplayName),
};
ActivitySource.AddActivityListener(listener);

var failures = new List<string>();
Expect("abc".Doubled() == 6, "the extension block member returns its value");
Expect("abc".Tripled() == 9, "the classic extension method returns its value");
Expect(Plugins.LoadAll() == 7, "the trimming-unsafe method returns its value");
Expect(new Store().FindAsync(false) is null, "a null task is handed back as it is");
Expect(spans.SequenceEqual(["TextExtensions.Tripled", "Plugins.Load", "Store.FindAsync"]), $"spans of the intercepted calls only (got {string.Join(", ", spans)})");

foreach (var failure in failures)
{
    Console.WriteLine("FAILED: " + failure);
}

Console.WriteLine(failures.Count == 0 ? $"shapes: {spans.Count} spans" : $"{failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

namespace Shapes
{
    public static class Plugins
    {
        [Traced]
        [RequiresUnreferencedCode("Loads plugin types by name.")]
        public static int Load(string name) => name.Length;

        // IsAotCompatible runs the trimming analyzer over the generated wrapper too: it must stay silent here.
        [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The plugin names are known to the build.")]
        public static int LoadAll() => Load("billing");
    }

    public class Store
    {
        [Traced]
        public Task<string>? FindAsync(bool cached) => cached ? Task.FromResult("hit") : null;
    }
}
