using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class SwallowedErrorInTracedMethodAnalyzerTests
{
    private static Task AnalyzeAsync(string body, string attribute = "[Traced]") =>
        CorrelationTest.AnalyzeAsync<SwallowedErrorInTracedMethodAnalyzer>($$"""
            using System;
            using System.Diagnostics;
            using AutoInstrument;
            using Microsoft.Extensions.Logging;

            public class Orders
            {
                private readonly ILogger<Orders> _logger = null!;
                private readonly Serilog.ILogger _serilog = null!;
                private readonly NLog.Logger _nlog = null!;

                {{attribute}}
                public bool Place()
                {
                    {{body}}
                }
            }
            """);

    [Fact]
    public Task Flags_a_catch_that_logs_an_error_and_returns() => AnalyzeAsync("""
        try { return true; }
        {|AI1105:catch|} (Exception ex) { _logger.LogError(ex, "Placing failed"); return false; }
        """);

    [Fact]
    public Task Flags_critical_logs_and_log_with_an_error_level() => AnalyzeAsync("""
        try { return true; }
        {|AI1105:catch|} (Exception ex) { _logger.Log(LogLevel.Critical, ex, "Placing failed"); return false; }
        """);

    [Fact]
    public Task Flags_Serilog_and_NLog_error_logs() => AnalyzeAsync("""
        try { return true; }
        {|AI1105:catch|} (InvalidOperationException ex) { _serilog.Error(ex, "Placing failed"); return false; }
        {|AI1105:catch|} { _nlog.Fatal("Placing failed"); return false; }
        """);

    private static Task AnalyzeLoggerMessageAsync(string catchBody) =>
        CorrelationTest.AnalyzeAsync<SwallowedErrorInTracedMethodAnalyzer>($$"""
            using System;
            using AutoInstrument;
            using Microsoft.Extensions.Logging;

            public static partial class Log
            {
                [LoggerMessage(Level = LogLevel.Error, Message = "Placing failed")]
                public static partial void PlacingFailed(this ILogger logger, Exception exception);

                [LoggerMessage(1, LogLevel.Critical, "Placing failed badly")]
                public static partial void PlacingFailedBadly(ILogger logger, Exception exception);

                [LoggerMessage(Message = "Placing failed at some level")]
                public static partial void PlacingFailedAt(ILogger logger, LogLevel level, Exception exception);

                [LoggerMessage(Level = LogLevel.Warning, Message = "Placing retried")]
                public static partial void PlacingRetried(this ILogger logger, Exception exception);

                // What the LoggerMessage generator writes; the tests do not run it.
                public static partial void PlacingFailed(this ILogger logger, Exception exception) { }
                public static partial void PlacingFailedBadly(ILogger logger, Exception exception) { }
                public static partial void PlacingFailedAt(ILogger logger, LogLevel level, Exception exception) { }
                public static partial void PlacingRetried(this ILogger logger, Exception exception) { }
            }

            public class Orders(ILogger<Orders> logger)
            {
                [Traced]
                public bool Place()
                {
                    try { return true; }
                    {{catchBody}}
                }
            }
            """);

    [Fact]
    public Task Flags_an_error_logged_through_a_LoggerMessage_method() => AnalyzeLoggerMessageAsync("""
        {|AI1105:catch|} (Exception ex) { logger.PlacingFailed(ex); return false; }
        """);

    [Fact]
    public Task Flags_a_critical_LoggerMessage_level_given_to_the_constructor() => AnalyzeLoggerMessageAsync("""
        {|AI1105:catch|} (Exception ex) { Log.PlacingFailedBadly(logger, ex); return false; }
        """);

    [Fact]
    public Task Flags_an_error_level_passed_to_a_LoggerMessage_method() => AnalyzeLoggerMessageAsync("""
        {|AI1105:catch|} (Exception ex) { Log.PlacingFailedAt(logger, LogLevel.Error, ex); return false; }
        """);

    [Fact]
    public Task Is_silent_on_a_LoggerMessage_method_below_error_level() => AnalyzeLoggerMessageAsync("""
        catch (Exception ex) { logger.PlacingRetried(ex); Log.PlacingFailedAt(logger, LogLevel.Information, ex); return false; }
        """);

    [Fact]
    public Task Flags_public_methods_of_a_traced_class() =>
        CorrelationTest.AnalyzeAsync<SwallowedErrorInTracedMethodAnalyzer>("""
            using System;
            using AutoInstrument;
            using Microsoft.Extensions.Logging;

            [Traced]
            public class Orders(ILogger<Orders> logger)
            {
                public void Place()
                {
                    try { } {|AI1105:catch|} (Exception ex) { logger.LogError(ex, "Placing failed"); }
                }
            }
            """);

    [Fact]
    public Task Is_silent_when_the_catch_rethrows() => AnalyzeAsync("""
        try { return true; }
        catch (Exception ex) { _logger.LogError(ex, "Placing failed"); throw; }
        """);

    [Fact]
    public Task Is_silent_when_the_catch_sets_the_span_status() => AnalyzeAsync("""
        try { return true; }
        catch (Exception ex)
        {
            Activity.Current?.SetStatus(ActivityStatusCode.Error, ex.Message);
            _logger.LogError(ex, "Placing failed");
            return false;
        }
        """);

    [Fact]
    public Task Is_silent_when_the_catch_logs_below_error_level() => AnalyzeAsync("""
        try { return true; }
        catch (Exception ex) { _logger.LogWarning(ex, "Placing retried"); _logger.Log(LogLevel.Information, "Retry"); return false; }
        """);

    [Fact]
    public Task Is_silent_in_methods_that_are_not_traced() => AnalyzeAsync("""
        try { return true; }
        catch (Exception ex) { _logger.LogError(ex, "Placing failed"); return false; }
        """, attribute: string.Empty);

    [Fact]
    public Task Is_silent_when_the_error_is_logged_by_a_lambda_in_the_catch() => AnalyzeAsync("""
        try { return true; }
        catch (Exception ex) { Action report = () => _logger.LogError(ex, "Placing failed"); report(); throw; }
        """);

    [Fact]
    public Task Is_silent_for_a_catch_inside_a_lambda_of_a_traced_method() => AnalyzeAsync("""
        Func<bool> attempt = () =>
        {
            try { return true; }
            catch (Exception ex) { _logger.LogError(ex, "Attempt failed"); return false; }
        };
        return attempt();
        """);
}
