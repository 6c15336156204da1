using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Tests.Matrix;

/// <summary>
/// Compiles every matrix case in one compilation, with and without the attribute, and runs each case with nobody
/// listening and with a listener that samples every span and records every measurement.
/// </summary>
public sealed class MatrixFixture
{
    private const string AssemblyName = "Matrix";
    private static readonly ActivitySource Outer = new("Matrix.Outer");

    private readonly Lazy<Compiled> _instrumented = new(() => Compile(c => c.Instrumented, TargetFramework.Net100));
    private readonly Lazy<Compiled> _instrumentedNet80 = new(() => Compile(c => c.Instrumented, TargetFramework.Net80));
    private readonly Lazy<Compiled> _plain = new(() => Compile(c => c.Plain, TargetFramework.Net100));
    private readonly Lazy<Outcomes> _instrumentedOutcomes;
    private readonly Lazy<Outcomes> _plainOutcomes;

    public MatrixFixture()
    {
        _instrumentedOutcomes = new(() => Observe(_instrumented.Value));
        _plainOutcomes = new(() => Observe(_plain.Value));
    }

    public Compiled Instrumented(TargetFramework target) => target == TargetFramework.Net80 ? _instrumentedNet80.Value : _instrumented.Value;

    public Outcomes InstrumentedOutcomes => _instrumentedOutcomes.Value;

    public Outcomes PlainOutcomes => _plainOutcomes.Value;

    /// <summary>A compilation of all cases with the generator and every AutoInstrument analyzer run over it.</summary>
    public sealed record Compiled(GeneratorRun Run, ImmutableArray<Diagnostic> Diagnostics)
    {
        /// <summary>Warnings and errors in generated code, by the case whose wrapper holds them.</summary>
        public IEnumerable<Diagnostic> InGeneratedCodeOf(MatrixCase matrixCase) =>
            Diagnostics.Where(d => d.Location.SourceTree is { } tree && !tree.FilePath.StartsWith("/src/", StringComparison.Ordinal)
                && CaseOf(tree, d.Location.GetLineSpan().StartLinePosition.Line) is var id && (id == matrixCase.Id || id is null));

        private static string? CaseOf(SyntaxTree tree, int line)
        {
            var lines = tree.GetText().Lines;
            for (var index = line; index >= 0; index--)
            {
                var match = Regex.Match(lines[index].ToString(), @"\b(Case\d+)[._]");
                if (match.Success)
                {
                    return match.Groups[1].Value;
                }
            }

            return null;
        }
    }

    /// <summary>What each case logged, with nobody listening and with a listener, and how many spans it produced.</summary>
    public sealed record Outcomes(
        IReadOnlyDictionary<string, string> Unobserved,
        IReadOnlyDictionary<string, string> Observed,
        IReadOnlyDictionary<string, int> Spans,
        string? Failure);

    private static Compiled Compile(Func<MatrixCase, string> source, TargetFramework target)
    {
        var compilation = GeneratorRunner.Compile(
            sources: [],
            target,
            assemblyName: AssemblyName)
            .AddSyntaxTrees(
                ShapeMatrix.Cases.Select(c => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source(c), GeneratorRunner.ParseOptions(), c.FilePath))
                    .Append(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(MatrixSupport.Source, GeneratorRunner.ParseOptions(), "/src/Matrix.cs")));
        var run = GeneratorRunner.Run(compilation);
        var all = run.Diagnostics.Concat(run.CompilationDiagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Info)
            .ToImmutableArray();
        return new Compiled(run, all);
    }

    private static Outcomes Observe(Compiled compiled)
    {
        Assembly assembly;
        try
        {
            assembly = LoadedAssembly.Load(compiled.Run.OutputCompilation);
        }
        catch (InvalidOperationException exception)
        {
            var none = new Dictionary<string, string>();
            return new Outcomes(none, none, new Dictionary<string, int>(), exception.Message);
        }

        var unobserved = ShapeMatrix.Cases.ToDictionary(c => c.Id, c => RunCase(assembly, c, withOuterSpan: false));
        var spans = new List<string>();
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name is AssemblyName or "Matrix.Outer",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (spans)
                {
                    spans.Add(activity.GetTagItem("code.function.name") as string ?? string.Empty);
                }
            },
        };
        ActivitySource.AddActivityListener(activities);
        using var measurements = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AssemblyName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        measurements.Start();
        var observed = ShapeMatrix.Cases.ToDictionary(c => c.Id, c => RunCase(assembly, c, withOuterSpan: true));
        var counts = ShapeMatrix.Cases.ToDictionary(c => c.Id, c => spans.Count(name => name.StartsWith(c.Id + ".", StringComparison.Ordinal)));
        return new Outcomes(unobserved, observed, counts, null);
    }

    private static string RunCase(Assembly assembly, MatrixCase matrixCase, bool withOuterSpan)
    {
        using var outer = withOuterSpan ? Outer.StartActivity("outer") : null;
        try
        {
            return ((Task<string>)assembly.Invoke(matrixCase.Id + ".Runner", "Run")!).GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            return "runner failed: " + exception;
        }
    }
}
