using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class TraceIdNotTrackedAnalyzerTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<TraceIdNotTrackedAnalyzer>($$"""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Logging;
            using OpenTelemetry.Logs;
            using ThirdParty;

            public static class Setup
            {
                public static void Configure(IServiceCollection services)
                {
                    {{body}}
                }

                private static void AddProviders(ILoggingBuilder builder) => builder.AddConsole();
            }

            namespace ThirdParty
            {
                public static class ProviderExtensions
                {
                    /// <summary>A provider like NLog's or Serilog's, which reads Activity.Current itself.</summary>
                    public static ILoggingBuilder AddThirdParty(this ILoggingBuilder builder) => builder;
                }
            }
            """);

    [Fact]
    public Task Flags_LoggerFactory_Create_that_never_tracks_the_activity() => AnalyzeAsync("""
        using var factory = {|AI1101:LoggerFactory.Create|}(builder => builder.AddConsole());
        """);

    [Fact]
    public Task Flags_options_that_leave_TraceId_out() => AnalyzeAsync("""
        services.AddLogging(builder => builder.Configure(options =>
            options.ActivityTrackingOptions = {|AI1101:ActivityTrackingOptions.SpanId|}));
        """);

    [Fact]
    public Task Is_silent_when_the_options_include_TraceId() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder
            .AddConsole()
            .Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId));
        """);

    [Fact]
    public Task Is_silent_with_the_OpenTelemetry_logging_provider() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder.AddOpenTelemetry().AddConsole());
        services.AddLogging(builder => builder
            .AddOpenTelemetry()
            .Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.None));
        """);

    [Fact]
    public Task Is_silent_when_AddLogging_leaves_the_options_to_the_host() => AnalyzeAsync("""
        services.AddLogging(builder => builder.AddConsole());
        """);

    [Fact]
    public Task Is_silent_when_the_builder_is_handed_to_another_method() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => AddProviders(builder));
        """);

    [Fact]
    public Task Is_silent_when_a_provider_of_another_library_is_added() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => ThirdParty.ProviderExtensions.AddThirdParty(builder.AddConsole()));
        using var chained = LoggerFactory.Create(builder => builder.AddConsole().AddThirdParty());
        """);

    [Fact]
    public Task Is_silent_when_no_provider_is_added() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Debug));
        """);

    [Fact]
    public Task Is_silent_in_a_program_that_records_no_activities() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<TraceIdNotTrackedAnalyzer>(CorrelationTest.InCommandLineTool("""
            using var factory = LoggerFactory.Create(builder => builder.AddSimpleConsole(options => options.IncludeScopes = true));
            """));

    [Fact]
    public Task Flags_a_program_that_declares_an_ActivitySource_without_tracing_references() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<TraceIdNotTrackedAnalyzer>(CorrelationTest.InCommandLineTool("""
            using var source = new System.Diagnostics.ActivitySource("tool");
            using var factory = {|AI1101:LoggerFactory.Create|}(builder => builder.AddSimpleConsole(options => options.IncludeScopes = true));
            """));
}
