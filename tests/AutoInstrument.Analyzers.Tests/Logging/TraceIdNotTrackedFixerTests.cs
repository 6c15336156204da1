using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.Logging;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class TraceIdNotTrackedFixerTests
{
    private static Task FixAsync(string body, string fixedBody) =>
        CorrelationTest.FixAsync<TraceIdNotTrackedAnalyzer, TraceIdNotTrackedFixer>(CorrelationTest.InServiceSetup(body), CorrelationTest.InServiceSetup(fixedBody));

    [Fact]
    public Task Chains_the_host_defaults_onto_a_builder_expression() => FixAsync("""
        using var console = {|AI1101:LoggerFactory.Create|}(builder => builder.AddConsole());
                using var debug = {|AI1101:LoggerFactory.Create|}(builder => builder.AddSimpleConsole());
        """, """
        using var console = LoggerFactory.Create(builder => builder.AddConsole().Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId));
                using var debug = LoggerFactory.Create(builder => builder.AddSimpleConsole().Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId));
        """);

    [Fact]
    public Task Adds_a_statement_to_a_block_body() => FixAsync("""
        using var factory = {|AI1101:LoggerFactory.Create|}(builder =>
                {
                    builder.AddConsole();
                });
        """, """
        using var factory = LoggerFactory.Create(builder =>
                {
                    builder.AddConsole();
                    builder.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
                });
        """);

    [Fact]
    public Task Adds_TraceId_to_explicit_options() => FixAsync("""
        services.AddLogging(builder => builder
                    .Configure(options => options.ActivityTrackingOptions = {|AI1101:ActivityTrackingOptions.SpanId|})
                    .Configure(options => options.ActivityTrackingOptions = {|AI1101:ActivityTrackingOptions.None|}));
        """, """
        services.AddLogging(builder => builder
                    .Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.SpanId | ActivityTrackingOptions.TraceId)
                    .Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId));
        """);
}
