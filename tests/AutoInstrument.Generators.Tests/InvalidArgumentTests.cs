using System.Diagnostics;

namespace AutoInstrument.Generators.Tests;

/// <summary>
/// Attribute arguments the analyzers report (AI0008, AI0017–AI0021) still compile, and the generated code does what their
/// pages say: the invalid part is left out or defaulted, the rest of the method is instrumented as usual.
/// </summary>
public sealed class InvalidArgumentTests
{
    private const string Source = """
        using System.Diagnostics;
        using AutoInstrument;

        namespace Shop;

        public enum Region { Europe, Asia }

        public class Orders
        {
            [Traced(" ")]
            public int BlankSpanName(int x) => x;

            [Traced]
            public int BlankTag([Tag("")] int a, [Tag("b")] int b) => a + b;

            [Traced]
            [return: Tag(" ")]
            public int BlankReturnTag() => 1;

            [Traced]
            public int DuplicateTag([Tag("user.id")] int a, [Tag("user.id")] int b) => a + b;

            [Traced]
            [return: Tag("user.id")]
            public int DuplicateReturnTag([Tag("user.id")] int a) => a + 1;

            [Traced]
            public int ReservedTag([Tag("error.type")] string a, [Tag("code.function.name")] string b, [Tag("exception.message")] string c, [Tag] int d) => d;

            [Traced(Kind = (ActivityKind)42)]
            public int OddKind() => 1;

            [Traced(Kind = ActivityKind.Client)]
            public int ClientKind() => 1;

            [Traced, Measured("not a valid name!")]
            public int TracedWithBadInstrument() => 1;

            [Measured("9lives")]
            public int OnlyBadInstrument() => 1;

            [Measured(" ")]
            public int BlankInstrument() => 1;

            [Measured]
            public int BlankDimension([MetricTag("")] Region region, [MetricTag] bool hit) => 1;

            [Measured]
            public int DuplicateDimension([MetricTag("region")] Region first, [MetricTag("region")] Region second) => 1;

            [Measured]
            public int ReservedDimension([MetricTag("error.type")] Region first, [MetricTag] Region region) => 1;

            [Measured("shared.duration", Description = "Shared B.", Buckets = new[] { 0.5 })]
            public int SharedB() => 1;

            [Measured("shared.duration", Description = "Shared A.", Buckets = new[] { 0.1, 1.0 })]
            public int SharedA() => 1;

            public int WithLocalFunction()
            {
                [Traced]
                int Local() => 2;

                return Local();
            }
        }

        public static class Calls
        {
            public static int Run()
            {
                var o = new Orders();
                return o.BlankSpanName(1) + o.BlankTag(1, 2) + o.BlankReturnTag() + o.DuplicateTag(1, 2) + o.DuplicateReturnTag(1)
                    + o.ReservedTag("x", "y", "z", 4) + o.OddKind() + o.ClientKind() + o.TracedWithBadInstrument() + o.OnlyBadInstrument()
                    + o.BlankInstrument() + o.BlankDimension(Region.Asia, true) + o.DuplicateDimension(Region.Asia, Region.Europe)
                    + o.ReservedDimension(Region.Asia, Region.Europe) + o.SharedA() + o.SharedB() + o.WithLocalFunction();
            }
        }
        """;

    private const int Expected = 1 + 3 + 1 + 3 + 2 + 4 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 1 + 2;

    [Fact]
    public void Invalid_arguments_compile_without_generator_diagnostics_and_behave_as_before()
    {
        var name = nameof(Invalid_arguments_compile_without_generator_diagnostics_and_behave_as_before);
        var assembly = Compile(name);

        Assert.Equal(Expected, assembly.Invoke("Shop.Calls", "Run"));
    }

    [Fact]
    public void A_blank_span_name_falls_back_to_the_default_name_and_an_unknown_kind_to_internal()
    {
        var spans = RunTraced(nameof(A_blank_span_name_falls_back_to_the_default_name_and_an_unknown_kind_to_internal));

        Assert.Contains(spans, s => s.DisplayName == "Orders.BlankSpanName");
        Assert.Equal(ActivityKind.Internal, Assert.Single(spans, s => s.DisplayName == "Orders.OddKind").Kind);
        Assert.Equal(ActivityKind.Client, Assert.Single(spans, s => s.DisplayName == "Orders.ClientKind").Kind);
    }

    [Fact]
    public void Blank_duplicate_and_reserved_tags_are_left_out_and_the_other_tags_recorded()
    {
        var spans = RunTraced(nameof(Blank_duplicate_and_reserved_tags_are_left_out_and_the_other_tags_recorded));

        var blank = Assert.Single(spans, s => s.DisplayName == "Orders.BlankTag");
        Assert.Equal(2, blank.GetTagItem("b"));
        Assert.DoesNotContain(blank.TagObjects, t => string.IsNullOrWhiteSpace(t.Key) || t.Key == "a");
        var blankReturn = Assert.Single(spans, s => s.DisplayName == "Orders.BlankReturnTag");
        Assert.DoesNotContain(blankReturn.TagObjects, t => string.IsNullOrWhiteSpace(t.Key) || t.Key == "return");

        // The first tag of a name is recorded; a later one (the result included) is left out.
        Assert.Equal(1, Assert.Single(spans, s => s.DisplayName == "Orders.DuplicateTag").GetTagItem("user.id"));
        Assert.Equal(1, Assert.Single(spans, s => s.DisplayName == "Orders.DuplicateReturnTag").GetTagItem("user.id"));

        var reserved = Assert.Single(spans, s => s.DisplayName == "Orders.ReservedTag");
        Assert.Equal(4, reserved.GetTagItem("d"));
        Assert.Equal("Shop.Orders.ReservedTag", reserved.GetTagItem("code.function.name"));
        Assert.Null(reserved.GetTagItem("error.type"));
        Assert.Null(reserved.GetTagItem("exception.message"));
        Assert.Equal(ActivityStatusCode.Unset, reserved.Status);
    }

    [Fact]
    public void An_invalid_instrument_name_leaves_the_method_traced_but_not_measured()
    {
        var name = nameof(An_invalid_instrument_name_leaves_the_method_traced_but_not_measured);
        var assembly = Compile(name);
        using var spans = new SpanRecorder(name);
        using var measurements = new MeasurementRecorder(name);

        assembly.Invoke("Shop.Calls", "Run");

        Assert.Single(spans.Spans, s => s.DisplayName == "Orders.TracedWithBadInstrument");
        Assert.DoesNotContain(measurements.Measurements, m => (string?)m.Tags["code.function.name"] is "Shop.Orders.TracedWithBadInstrument" or "Shop.Orders.OnlyBadInstrument");
        Assert.DoesNotContain(measurements.Measurements, m => m.Instrument is "not a valid name!" or "9lives");
    }

    [Fact]
    public void Blank_duplicate_and_reserved_dimensions_are_left_out_and_a_blank_instrument_name_is_the_default()
    {
        var name = nameof(Blank_duplicate_and_reserved_dimensions_are_left_out_and_a_blank_instrument_name_is_the_default);
        var assembly = Compile(name);
        using var measurements = new MeasurementRecorder(name);

        assembly.Invoke("Shop.Calls", "Run");

        IReadOnlyDictionary<string, object?> TagsOf(string method) =>
            Assert.Single(measurements.Measurements, m => (string?)m.Tags["code.function.name"] == "Shop.Orders." + method).Tags;

        Assert.Equal("method.duration", Assert.Single(measurements.Measurements, m => (string?)m.Tags["code.function.name"] == "Shop.Orders.BlankInstrument").Instrument);
        Assert.Equal(["code.function.name", "hit"], TagsOf("BlankDimension").Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Asia", TagsOf("DuplicateDimension")["region"]);
        Assert.Equal(2, TagsOf("DuplicateDimension").Count);
        Assert.False(TagsOf("ReservedDimension").ContainsKey("error.type"));
        Assert.Equal("Europe", TagsOf("ReservedDimension")["region"]);
    }

    [Fact]
    public void An_instrument_declared_twice_is_created_once_with_the_chosen_settings()
    {
        var name = nameof(An_instrument_declared_twice_is_created_once_with_the_chosen_settings);
        var assembly = Compile(name);
        using var measurements = new MeasurementRecorder(name);

        assembly.Invoke("Shop.Calls", "Run");

        var histogram = Assert.IsType<System.Diagnostics.Metrics.Histogram<double>>(measurements.Instrument("shared.duration"));
        Assert.Equal("Shared A.", histogram.Description);
        Assert.Equal([0.1, 1.0], histogram.Advice!.HistogramBucketBoundaries!);
        Assert.Equal(2, measurements.Measurements.Count(m => m.Instrument == "shared.duration"));
    }

    [Fact]
    public void A_local_function_with_an_attribute_is_left_alone_by_the_generator()
    {
        var name = nameof(A_local_function_with_an_attribute_is_left_alone_by_the_generator);
        var spans = RunTraced(name);

        Assert.DoesNotContain(spans, s => s.DisplayName.Contains("Local", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Activity> RunTraced(string name)
    {
        var assembly = Compile(name);
        using var recorder = new SpanRecorder(name);
        assembly.Invoke("Shop.Calls", "Run");
        return recorder.Spans;
    }

    private static System.Reflection.Assembly Compile(string assemblyName)
    {
        var run = GeneratorRunner.Run(GeneratorRunner.Compile([Source], assemblyName: assemblyName));
        Assert.Null(run.GeneratorException);
        Assert.Empty(run.DeclarationDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        return LoadedAssembly.Load(run.OutputCompilation);
    }
}
