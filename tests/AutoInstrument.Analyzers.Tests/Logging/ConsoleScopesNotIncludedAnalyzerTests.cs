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
}
