using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class WrongIdLoggedAsTraceIdAnalyzerTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<WrongIdLoggedAsTraceIdAnalyzer>($$"""
            using System.Collections.Generic;
            using System.Diagnostics;
            using Microsoft.Extensions.Logging;

            public class Orders
            {
                private readonly ILogger<Orders> _logger = null!;
                private readonly Serilog.ILogger _serilog = null!;

                public void Place(Activity activity)
                {
                    {{body}}
                }
            }
            """);

    [Fact]
    public Task Flags_Activity_Id_in_a_TraceId_placeholder() => AnalyzeAsync("""
        _logger.LogInformation("Order {OrderId} placed in {TraceId}", 42, {|AI1106:activity.Id|});
        """);

    [Fact]
    public Task Flags_SpanId_in_a_trace_id_placeholder_after_conditional_access() => AnalyzeAsync("""
        _serilog.Information("Placed in {trace_id}", {|AI1106:Activity.Current?.SpanId.ToString()|});
        """);

    [Fact]
    public Task Flags_Activity_Id_under_a_TraceId_scope_key() => AnalyzeAsync("""
        using var scope = _logger.BeginScope(new Dictionary<string, object?> { ["TraceId"] = {|AI1106:activity.Id|} });
        """);

    [Fact]
    public Task Flags_Activity_Id_pushed_as_a_TraceId_property() => AnalyzeAsync("""
        using var property = Serilog.Context.LogContext.PushProperty("TraceId", {|AI1106:activity.Id|});
        """);

    [Fact]
    public Task Is_silent_when_the_TraceId_placeholder_gets_the_trace_id() => AnalyzeAsync("""
        _logger.LogInformation("Placed in {TraceId} as {ActivityId}", activity.TraceId, activity.Id);
        """);

    [Fact]
    public Task Is_silent_when_the_SpanId_is_logged_as_span_id() => AnalyzeAsync("""
        _serilog.Information("Placed in {SpanId}", activity.SpanId);
        """);

    [Fact]
    public Task Is_silent_for_a_TraceIdentifier_name() => AnalyzeAsync("""
        _logger.LogInformation("Request {TraceIdentifier}", activity.Id);
        """);
}
