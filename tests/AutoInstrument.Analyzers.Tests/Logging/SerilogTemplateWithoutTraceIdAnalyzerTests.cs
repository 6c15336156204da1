using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class SerilogTemplateWithoutTraceIdAnalyzerTests
{
    /// <summary>The shape of Serilog.Sinks.Console's and Serilog.Sinks.File's configuration methods.</summary>
    private const string Sinks = """
        namespace Serilog
        {
            using Serilog.Configuration;

            public static class TextSinks
            {
                public static LoggerConfiguration Console(this LoggerSinkConfiguration sinks, string outputTemplate = "{Message}") => null!;

                public static LoggerConfiguration File(this LoggerSinkConfiguration sinks, string path, string outputTemplate = "{Message}") => null!;
            }
        }
        """;

    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<SerilogTemplateWithoutTraceIdAnalyzer>($$"""
            using Serilog;

            public static class Setup
            {
                private const string Template = "{Timestamp:HH:mm:ss} {Message:lj}{NewLine}";

                public static LoggerConfiguration Configure(LoggerConfiguration configuration, string template)
                {
                    {{body}}
                }
            }

            {{Sinks}}
            """);

    [Fact]
    public Task Flags_a_literal_output_template_without_TraceId() => AnalyzeAsync("""
        return configuration.WriteTo.Console(outputTemplate: {|AI1103:"[{Level:u3}] {Message:lj}{NewLine}{Exception}"|});
        """);

    [Fact]
    public Task Flags_a_constant_output_template() => AnalyzeAsync("""
        return configuration.WriteTo.File("log.txt", outputTemplate: {|AI1103:Template|});
        """);

    [Fact]
    public Task Is_silent_when_the_template_writes_TraceId() => AnalyzeAsync("""
        return configuration.WriteTo.Console(outputTemplate: "[{Level:u3}] {TraceId} {Message:lj}{NewLine}{Exception}");
        """);

    [Fact]
    public Task Is_silent_on_the_default_template_and_on_templates_built_at_run_time() => AnalyzeAsync("""
        return configuration.WriteTo.Console().WriteTo.Console(outputTemplate: template);
        """);

    [Fact]
    public Task Is_silent_in_a_program_that_records_no_activities() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<SerilogTemplateWithoutTraceIdAnalyzer>($$"""
            using Serilog;

            public static class Setup
            {
                public static LoggerConfiguration Configure(LoggerConfiguration configuration) =>
                    configuration.WriteTo.Console(outputTemplate: "[{Level:u3}] {Message:lj}{NewLine}{Exception}");
            }

            {{Sinks}}
            """);

    [Fact]
    public Task Flags_a_program_that_declares_an_ActivitySource_without_tracing_references() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<SerilogTemplateWithoutTraceIdAnalyzer>($$"""
            using Serilog;

            public static class Setup
            {
                private static readonly System.Diagnostics.ActivitySource Source = new("game");

                public static LoggerConfiguration Configure(LoggerConfiguration configuration) =>
                    configuration.WriteTo.Console(outputTemplate: {|AI1103:"[{Level:u3}] {Message:lj}{NewLine}{Exception}"|});
            }

            {{Sinks}}
            """);
}
