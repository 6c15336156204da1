using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class NLogLayoutWithoutTraceIdAnalyzerTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<NLogLayoutWithoutTraceIdAnalyzer>($$"""
            using NLog.Targets;

            public static class Setup
            {
                public static Target Configure(string layout)
                {
                    {{body}}
                }
            }
            """);

    [Fact]
    public Task Flags_a_target_layout_without_the_trace_id() => AnalyzeAsync("""
        return new ConsoleTarget("console") { Layout = {|AI1104:"${longdate} ${level} ${message}"|} };
        """);

    [Fact]
    public Task Flags_a_layout_assigned_after_creation() => AnalyzeAsync("""
        var file = new FileTarget("file");
        file.Layout = {|AI1104:"${message}"|};
        return file;
        """);

    [Fact]
    public Task Is_silent_when_the_layout_writes_the_activity_trace_id() => AnalyzeAsync("""
        return new ConsoleTarget("console") { Layout = "${longdate} ${activity:property=TraceId} ${message}" };
        """);

    [Fact]
    public Task Is_silent_on_layouts_built_at_run_time() => AnalyzeAsync("""
        return new ConsoleTarget("console") { Layout = layout };
        """);
}
