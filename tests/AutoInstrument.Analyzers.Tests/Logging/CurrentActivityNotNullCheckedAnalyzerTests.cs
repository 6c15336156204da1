using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class CurrentActivityNotNullCheckedAnalyzerTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<CurrentActivityNotNullCheckedAnalyzer>(CurrentActivityNotNullCheckedFixerTests.InLoggingMethod(body));

    [Fact]
    public Task Flags_TraceId_of_Activity_Current() => AnalyzeAsync("""
        _logger.LogInformation("Placed in {TraceId}", {|AI1107:Activity.Current.TraceId|});
        return null;
        """);

    [Fact]
    public Task Flags_TraceId_after_a_null_forgiving_operator() => AnalyzeAsync("""
        return {|AI1107:System.Diagnostics.Activity.Current!.TraceId|}.ToString();
        """);

    [Fact]
    public Task Is_silent_with_conditional_access() => AnalyzeAsync("""
        return Activity.Current?.TraceId.ToString();
        """);

    [Fact]
    public Task Is_silent_when_the_body_checks_Activity_Current_for_null() => AnalyzeAsync("""
        if (Activity.Current is null) return null;
        return Activity.Current.TraceId.ToString();
        """);

    [Fact]
    public Task Is_silent_on_a_local_activity() => AnalyzeAsync("""
        var activity = new Activity("work");
        return activity.TraceId.ToString();
        """);
}
