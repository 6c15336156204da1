using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class ConsoleScopesNotIncludedAnalyzerTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<ConsoleScopesNotIncludedAnalyzer>(CorrelationTest.InServiceSetup(body));

    [Fact]
    public Task Flags_a_formatter_without_scopes_in_LoggerFactory_Create() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddSimpleConsole|}(options => options.SingleLine = true));
        """);

    [Fact]
    public Task Flags_a_JSON_formatter_left_on_its_defaults_in_LoggerFactory_Create() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddJsonConsole|}());
        """);

    [Fact]
    public Task Flags_scopes_turned_off() => AnalyzeAsync("""
        services.AddLogging(builder => builder.AddJsonConsole(options => options.IncludeScopes = {|AI1102:false|}));
        """);

    [Fact]
    public Task Is_silent_when_scopes_are_included() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder.AddSimpleConsole(options => options.IncludeScopes = true));
        """);

    [Fact]
    public Task Is_silent_where_configuration_may_include_scopes() => AnalyzeAsync("""
        services.AddLogging(builder => builder.AddSimpleConsole(options => options.SingleLine = true));
        """);

    [Fact]
    public Task Flags_the_console_logger_left_on_its_default_formatter_in_LoggerFactory_Create() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddConsole|}());
        """);

    [Fact]
    public Task Flags_the_console_logger_in_AddLogging_on_a_new_service_collection() => AnalyzeAsync("""
        var standalone = new ServiceCollection();
        standalone.AddLogging(builder => builder.{|AI1102:AddConsole|}());
        new ServiceCollection().AddLogging(builder => builder.{|AI1102:AddSimpleConsole|}());
        """);

    [Fact]
    public Task Is_silent_on_the_console_logger_where_configuration_may_include_scopes() => AnalyzeAsync("""
        services.AddLogging(builder => builder.AddConsole());
        new ServiceCollection().AddLogging(builder => builder.AddConfiguration(null!).AddConsole());
        """);

    [Fact]
    public Task Judges_the_formatter_rather_than_the_console_logger_it_configures() => AnalyzeAsync("""
        using var factory = LoggerFactory.Create(builder => builder.AddConsole().{|AI1102:AddJsonConsole|}());
        using var scoped = LoggerFactory.Create(builder => builder.AddConsole().AddSimpleConsole(options => options.IncludeScopes = true));
        """);

    [Fact]
    public Task Is_silent_in_a_program_that_records_no_activities() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<ConsoleScopesNotIncludedAnalyzer>(CorrelationTest.InCommandLineTool("""
            using var factory = LoggerFactory.Create(builder => builder.AddConsole());
            """));

    [Fact]
    public Task Flags_a_program_that_declares_an_ActivitySource_without_tracing_references() =>
        CorrelationTest.AnalyzeWithoutTracingAsync<ConsoleScopesNotIncludedAnalyzer>(CorrelationTest.InCommandLineTool("""
            using var source = new System.Diagnostics.ActivitySource("tool");
            using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddConsole|}());
            """));
}
