namespace AutoInstrument.Generators.Tests;

/// <summary>The generated telemetry class: one source and meter per assembly, histograms with bucket advice or its fallback.</summary>
public sealed class TelemetryClassTests
{
    private const string Source = """
        using AutoInstrument;

        [assembly: InstrumentationSource("checkout", Version = "2.1")]

        public class C
        {
            [Traced, Measured]
            public void M() { }
        }
        """;

    [Fact]
    public void The_source_and_meter_take_the_name_and_version_of_InstrumentationSource()
    {
        var telemetry = GeneratorRunner.Run(Source).Generated("AutoInstrument.Telemetry.g.cs");

        Assert.Contains("public const string SourceName = \"checkout\";", telemetry, StringComparison.Ordinal);
        Assert.Contains("ActivitySource = global::AutoInstrument.Runtime.SharedTelemetry.GetActivitySource(SourceName, \"2.1\");", telemetry, StringComparison.Ordinal);
        Assert.Contains("Meter = global::AutoInstrument.Runtime.SharedTelemetry.GetMeter(SourceName, \"2.1\");", telemetry, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assembly_records_its_source_for_applications_that_reference_it()
    {
        var telemetry = GeneratorRunner.Run(Source).Generated("AutoInstrument.Telemetry.g.cs");

        Assert.Contains("[assembly: global::AutoInstrument.Runtime.InstrumentedAssembly(\"checkout\", Version = \"2.1\")]", telemetry, StringComparison.Ordinal);
    }

    [Fact]
    public void Buckets_travel_as_instrument_advice_where_the_runtime_has_it()
    {
        var telemetry = GeneratorRunner.Run(Source, TargetFramework.Net100).Generated("AutoInstrument.Telemetry.g.cs");

        Assert.Contains("InstrumentAdvice<double> { HistogramBucketBoundaries = new double[] { 0.005, 0.01,", telemetry, StringComparison.Ordinal);
        Assert.DoesNotContain("RegisterBuckets", telemetry, StringComparison.Ordinal);
    }

    [Fact]
    public void Buckets_are_registered_as_views_where_the_runtime_predates_advice()
    {
        var telemetry = GeneratorRunner.Run(Source, TargetFramework.Net80).Generated("AutoInstrument.Telemetry.g.cs");

        Assert.DoesNotContain("InstrumentAdvice", telemetry, StringComparison.Ordinal);
        Assert.Contains("RegisterBuckets(SourceName, \"method.duration\", new double[] { 0.005, 0.01,", telemetry, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_without_instrumentation_gets_no_telemetry_class()
    {
        var run = GeneratorRunner.Run("public class C { public void M() { } }");

        Assert.Empty(run.GeneratedSources);
    }
}
