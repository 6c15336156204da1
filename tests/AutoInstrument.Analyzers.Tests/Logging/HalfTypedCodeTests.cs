using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

/// <summary>The logging rules run on every keystroke: code in the middle of being typed must not make them throw.</summary>
public class HalfTypedCodeTests
{
    private const string HalfTyped = """
        using System;
        using System.Diagnostics;
        using AutoInstrument;
        using Microsoft.Extensions.Logging;

        [Traced]
        public class Orders
        {
            private readonly ILogger _logger;

            public void Place()
            {
                try { } catch (Exception ex) { _logger.LogError( }
                try { } catch { _logger.Log(
                using var factory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.IncludeScopes = ).Configure(o => o.ActivityTrackingOptions = ));
                using var other = LoggerFactory.Create();
                _logger.LogInformation("{TraceId}", Activity.Current.
                _logger.BeginScope(new System.Collections.Generic.Dictionary<string, object> { [] = Activity.Current.Id, { "TraceId" } });
                var id = Activity.Current?.TraceId.
                var target = new NLog.Targets.ConsoleTarget { Layout = };
                Serilog.Context.LogContext.PushProperty("TraceId");
            }
        """;

    [Fact]
    public async Task No_rule_throws_on_half_typed_code()
    {
        await CorrelationTest.AnalyzeBrokenCodeAsync<TraceIdNotTrackedAnalyzer>(HalfTyped);
        await CorrelationTest.AnalyzeBrokenCodeAsync<ConsoleScopesNotIncludedAnalyzer>(HalfTyped);
        await CorrelationTest.AnalyzeBrokenCodeAsync<SerilogTemplateWithoutTraceIdAnalyzer>(HalfTyped);
        await CorrelationTest.AnalyzeBrokenCodeAsync<NLogLayoutWithoutTraceIdAnalyzer>(HalfTyped);
        await CorrelationTest.AnalyzeBrokenCodeAsync<SwallowedErrorInTracedMethodAnalyzer>(HalfTyped);
        await CorrelationTest.AnalyzeBrokenCodeAsync<WrongIdLoggedAsTraceIdAnalyzer>(HalfTyped);
        await CorrelationTest.AnalyzeBrokenCodeAsync<CurrentActivityNotNullCheckedAnalyzer>(HalfTyped);
    }

    private const string HalfTypedTemplates = """
        using System;
        using Microsoft.Extensions.Logging;

        public class Orders
        {
            private readonly ILogger _logger;
            private readonly Serilog.ILogger _serilog;
            private readonly NLog.Logger _nlog;

            public void Place(int id, object[] values)
            {
                _logger.LogInformation("User {Id} {", id, );
                _logger.LogInformation("User {Id} {" + , values);
                _logger.LogWarning(message: , args: );
                _serilog.Information(string.Format(, id);
                _serilog.Write(, "{Id}", id;
                _nlog.Info("{0} {Name", [.. values, ]);
                var placed = LoggerMessage.Define<int>(LogLevel.Information, , $"{id}"
                _nlog.Log(
            }
        """;

    [Fact]
    public Task No_template_rule_throws_on_half_typed_code() =>
        CorrelationTest.AnalyzeBrokenCodeAsync<MessageTemplateAnalyzer>(HalfTypedTemplates);
}
