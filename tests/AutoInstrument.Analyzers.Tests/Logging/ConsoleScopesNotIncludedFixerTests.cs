using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.Logging;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class ConsoleScopesNotIncludedFixerTests
{
    private static Task FixAsync(string body, string fixedBody) =>
        CorrelationTest.FixAsync<ConsoleScopesNotIncludedAnalyzer, ConsoleScopesNotIncludedFixer>(CorrelationTest.InServiceSetup(body), CorrelationTest.InServiceSetup(fixedBody));

    [Fact]
    public Task Turns_scopes_on_where_they_were_turned_off() => FixAsync("""
        services.AddLogging(builder => builder
                    .AddJsonConsole(options => options.IncludeScopes = {|AI1102:false|})
                    .AddSimpleConsole(options => options.IncludeScopes = {|AI1102:false|}));
        """, """
        services.AddLogging(builder => builder
                    .AddJsonConsole(options => options.IncludeScopes = true)
                    .AddSimpleConsole(options => options.IncludeScopes = true));
        """);

    [Fact]
    public Task Adds_a_configure_lambda_to_a_formatter_without_one() => FixAsync("""
        using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddJsonConsole|}());
        """, """
        using var factory = LoggerFactory.Create(builder => builder.AddJsonConsole(options => options.IncludeScopes = true));
        """);

    [Fact]
    public Task Sets_scopes_in_an_existing_block_lambda() => FixAsync("""
        using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddSimpleConsole|}(options =>
                {
                    options.SingleLine = true;
                }));
        """, """
        using var factory = LoggerFactory.Create(builder => builder.AddSimpleConsole(options =>
                {
                    options.SingleLine = true;
                    options.IncludeScopes = true;
                }));
        """);

    [Fact]
    public Task Configures_the_simple_formatter_for_a_console_logger_without_a_lambda() => FixAsync("""
        using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddConsole|}());
        """, """
        using var factory = LoggerFactory.Create(builder => builder.AddSimpleConsole(options => options.IncludeScopes = true));
        """);

    [Fact]
    public Task Adds_the_simple_formatter_after_a_console_logger_with_its_own_options() => FixAsync("""
        using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddConsole|}(options => options.MaxQueueLength = 100));
        """, """
        using var factory = LoggerFactory.Create(builder => builder.AddConsole(options => options.MaxQueueLength = 100).AddSimpleConsole(options => options.IncludeScopes = true));
        """);

    [Fact]
    public Task Offers_no_fix_for_a_console_logger_that_chooses_its_formatter() =>
        CorrelationTest.NoFixAsync<ConsoleScopesNotIncludedAnalyzer, ConsoleScopesNotIncludedFixer>(CorrelationTest.InServiceSetup("""
            using var factory = LoggerFactory.Create(builder => builder.{|AI1102:AddConsole|}(options => options.FormatterName = "systemd"));
            """));
}
