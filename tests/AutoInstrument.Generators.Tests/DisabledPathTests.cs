using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace AutoInstrument.Generators.Tests;

/// <summary>When nobody listens, or the sampler drops the span, the wrapper calls the original and allocates nothing of its own.</summary>
public sealed class DisabledPathTests
{
    private const int Calls = 10_000;

    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using AutoInstrument;

        namespace Shop;

        public class Prices
        {
            [Traced]
            public int Add([Tag] int a, int b) => a + b;

            [Traced]
            public ValueTask<int> AddAsync([Tag] int a, int b) => new(a + b);

            [Traced]
            public Task<int> CachedAsync() => Cached;

            private static readonly Task<int> Cached = Task.FromResult(1);
        }

        public static class Calls
        {
            private static readonly Prices Prices = new();

            public static long AllocatedBySync(int calls) => Measure(calls, static i => Prices.Add(i, 1));

            public static long AllocatedByValueTask(int calls) => Measure(calls, static i => Prices.AddAsync(i, 1).Result);

            public static long AllocatedByTask(int calls) => Measure(calls, static _ => Prices.CachedAsync().Result);

            // A source with the generated one's name, listened to alike: what hand-written StartActivity code allocates.
            private static readonly System.Diagnostics.ActivitySource HandWritten = new(typeof(Prices).Assembly.GetName().Name!);

            public static long AllocatedByStartActivity(int calls) => Measure(calls, static i =>
            {
                using var activity = HandWritten.StartActivity("Prices.Add", System.Diagnostics.ActivityKind.Internal);
                return i + 1;
            });

            private static long Measure(int calls, Func<int, int> call)
            {
                call(0);
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < calls; i++)
                {
                    call(i);
                }

                return GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }
        """;

    [Theory]
    [InlineData("AllocatedBySync")]
    [InlineData("AllocatedByValueTask")]
    [InlineData("AllocatedByTask")]
    public void Without_a_listener_nothing_is_allocated(string measurement)
    {
        var assembly = Compile(nameof(Without_a_listener_nothing_is_allocated) + measurement);

        Assert.Equal(0L, assembly.Invoke("Shop.Calls", measurement, Calls));
    }

    /// <remarks>
    /// Compared per call: the runtime occasionally allocates a few bytes of its own once during the loop.
    /// The runtime's <c>ActivitySource.StartActivity</c> itself allocates (48 B a call on .NET 10) while it asks the
    /// sampler, so the bar is hand-written code: the wrapper adds nothing to it.
    /// </remarks>
    [Theory]
    [InlineData("AllocatedBySync")]
    [InlineData("AllocatedByValueTask")]
    [InlineData("AllocatedByTask")]
    public void With_a_sampler_that_drops_the_wrapper_allocates_nothing_beyond_StartActivity(string measurement)
    {
        var name = nameof(With_a_sampler_that_drops_the_wrapper_allocates_nothing_beyond_StartActivity) + measurement;
        var assembly = Compile(name);
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.None,
        };
        ActivitySource.AddActivityListener(listener);

        var handWrittenPerCall = (long)assembly.Invoke("Shop.Calls", "AllocatedByStartActivity", Calls)! / Calls;
        var wrapperPerCall = (long)assembly.Invoke("Shop.Calls", measurement, Calls)! / Calls;

        Assert.Equal(handWrittenPerCall, wrapperPerCall);
    }

    /// <remarks>
    /// Not observable from outside but in time: <c>StartActivity</c> is a call that builds its arguments before it finds
    /// nobody listening, several times the cost of the <c>HasListeners</c> check the disabled-path bar is set against.
    /// </remarks>
    [Fact]
    public void Without_a_listener_the_wrapper_calls_the_original_before_starting_an_activity()
    {
        var interceptors = GeneratorRunner.Run(Source).Generated("AutoInstrument.Interceptors.g.cs");

        var wrappers = Regex.Matches(interceptors, @"public static [^\n]+\n\s*\{(?<body>[^}]*\})");
        Assert.NotEmpty(wrappers);
        Assert.All(wrappers, wrapper =>
            Assert.Matches(@"^\s*if \(!global::[\w.]+\.ActivitySource\.HasListeners\(\)\)\s*\{\s*return [^;]+;\s*\}\s*$", wrapper.Groups["body"].Value));
    }

    private static Assembly Compile(string assemblyName)
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([Source], assemblyName: assemblyName));
        Assert.Empty(run.CompilationDiagnostics);
        return LoadedAssembly.Load(run.OutputCompilation);
    }
}
