using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.Logging;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class SerilogTemplateWithoutTraceIdFixerTests
{
    private const string Sinks = """
        namespace Serilog
        {
            using Serilog.Configuration;

            public static class TextSinks
            {
                public static LoggerConfiguration Console(this LoggerSinkConfiguration sinks, string outputTemplate = "{Message}") => null!;
            }
        }
        """;

    private static string Wrap(string body) => $$"""
        using Serilog;

        public static class Setup
        {
            public static LoggerConfiguration Configure(LoggerConfiguration configuration) =>
                {{body}};
        }

        {{Sinks}}
        """;

    [Fact]
    public Task Adds_TraceId_before_the_first_new_line_or_at_the_end() =>
        CorrelationTest.FixAsync<SerilogTemplateWithoutTraceIdAnalyzer, SerilogTemplateWithoutTraceIdFixer>(
            Wrap("""configuration.WriteTo.Console(outputTemplate: {|AI1103:"[{Level:u3}] {Message:lj}{NewLine}{Exception}"|}).WriteTo.Console(outputTemplate: {|AI1103:"{Message}"|})"""),
            Wrap("""configuration.WriteTo.Console(outputTemplate: "[{Level:u3}] {Message:lj} {TraceId}{NewLine}{Exception}").WriteTo.Console(outputTemplate: "{Message} {TraceId}")"""));
}

public class NLogLayoutWithoutTraceIdFixerTests
{
    private static string Wrap(string layouts) => $$"""
        using NLog.Targets;

        public static class Setup
        {
            public static Target[] Configure() => new Target[] { {{layouts}} };
        }
        """;

    [Fact]
    public Task Adds_the_activity_trace_id_at_the_end_of_each_layout() =>
        CorrelationTest.FixAsync<NLogLayoutWithoutTraceIdAnalyzer, NLogLayoutWithoutTraceIdFixer>(
            Wrap("""new ConsoleTarget { Layout = {|AI1104:"${level} ${message}"|} }, new FileTarget { Layout = {|AI1104:"${message}"|} }"""),
            Wrap("""new ConsoleTarget { Layout = "${level} ${message} ${activity:property=TraceId}" }, new FileTarget { Layout = "${message} ${activity:property=TraceId}" }"""));
}
