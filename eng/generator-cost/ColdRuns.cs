using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace GeneratorCost;

/// <summary>
/// Cold runs in turn: the compilation alone, then each generator followed by the compilation with its output. The first
/// run pays the JIT; quote the later ones. With AUTOINSTRUMENT_STEPS=1 each step's own time is listed too.
/// </summary>
internal static class ColdRuns
{
    public static void Run(CscCommandLine project, IReadOnlyList<(string Label, Func<IIncrementalGenerator> Create)> generators, int runs)
    {
        var trackSteps = Environment.GetEnvironmentVariable("AUTOINSTRUMENT_STEPS") == "1";
        for (var run = 0; run < runs; run++)
        {
            var plain = project.Compile();
            var clock = Stopwatch.StartNew();
            var plainErrors = Errors(plain);
            Console.WriteLine($"run {run}: compilation alone {clock.Elapsed.TotalSeconds:F3} s, {plainErrors} errors");

            foreach (var (label, create) in generators)
            {
                var driver = project.CreateDriver(create(), trackSteps);
                clock.Restart();
                driver = driver.RunGeneratorsAndUpdateCompilation(project.Compile(), out var output, out _);
                var generate = clock.Elapsed;
                clock.Restart();
                var errors = Errors(output);
                var result = driver.GetRunResult().Results[0];
                Console.WriteLine($"run {run}: {label} {generate.TotalSeconds:F3} s, then the compilation with its output {clock.Elapsed.TotalSeconds:F3} s, {errors} errors, {result.GeneratedSources.Sum(s => s.SourceText.Length):N0} characters generated");
                foreach (var step in result.TrackedSteps.OrderByDescending(s => s.Value.Sum(x => x.ElapsedTime.Ticks)).Take(12))
                {
                    Console.WriteLine($"    {step.Key,-40} {step.Value.Length,6} runs {TimeSpan.FromTicks(step.Value.Sum(x => x.ElapsedTime.Ticks)).TotalMilliseconds,9:F1} ms");
                }
            }
        }
    }

    private static int Errors(Compilation compilation) => compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
}
