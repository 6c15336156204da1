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

            /// <summary>A target that hands each event to another logger, like NLog.Extensions.Logging's MicrosoftILoggerTarget.</summary>
            public sealed class ForwardingTarget : TargetWithContext
            {
            }

            public sealed class AuditFileTarget : FileTarget
            {
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
    public Task Is_silent_on_a_memory_target_whose_lines_stay_in_the_process() => AnalyzeAsync("""
        return new MemoryTarget { Layout = "${message} ${scopeproperty:World}. Welcome ${scopenested}" };
        """);

    [Fact]
    public Task Is_silent_on_the_debugger_target() => AnalyzeAsync("""
        var target = new DebuggerTarget();
        target.Layout = "[${level}] [${threadid}] ${logger}: ${message}";
        return target;
        """);

    [Fact]
    public Task Is_silent_on_a_custom_target_given_the_message_as_its_layout() => AnalyzeAsync("""
        return new ForwardingTarget { Layout = "${message}" };
        """);

    [Fact]
    public Task Is_silent_on_a_custom_target_that_sets_its_own_default_layout() =>
        CorrelationTest.AnalyzeAsync<NLogLayoutWithoutTraceIdAnalyzer>("""
            using NLog.Targets;

            public sealed class ForwardingTarget : TargetWithContext
            {
                public ForwardingTarget() => Layout = "${message}";
            }
            """);

    [Fact]
    public Task Flags_a_target_derived_from_a_file_target() => AnalyzeAsync("""
        return new AuditFileTarget { Layout = {|AI1104:"${longdate} ${message}"|} };
        """);

    [Fact]
    public Task Is_silent_on_layouts_built_at_run_time() => AnalyzeAsync("""
        return new ConsoleTarget("console") { Layout = layout };
        """);

    [Fact]
    public Task Is_silent_in_a_program_that_records_no_activities() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<NLogLayoutWithoutTraceIdAnalyzer>("""
            public static class Setup
            {
                public static NLog.Targets.Target Configure() => new NLog.Targets.FileTarget { Layout = "${longdate} ${message}" };
            }
            """);

    [Fact]
    public Task Flags_a_program_that_declares_an_ActivitySource_without_tracing_references() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<NLogLayoutWithoutTraceIdAnalyzer>("""
            public static class Setup
            {
                private static readonly System.Diagnostics.ActivitySource Source = new("tool");

                public static NLog.Targets.Target Configure() => new NLog.Targets.FileTarget { Layout = {|AI1104:"${longdate} ${message}"|} };
            }
            """);
}
