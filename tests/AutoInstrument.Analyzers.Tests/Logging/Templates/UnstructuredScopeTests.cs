using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.Logging;
using AutoInstrument.Generators.Analyzers.Logging;

namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

public class UnstructuredScopeTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<UnstructuredScopeAnalyzer>(TemplateTest.InMethod(body));

    private static Task FixAsync(string body, string fixedBody) =>
        CorrelationTest.FixAsync<UnstructuredScopeAnalyzer, UnstructuredScopeFixer>(TemplateTest.InMethod(body), TemplateTest.InMethod(fixedBody));

    [Fact]
    public Task Flags_an_interpolated_scope_state() => AnalyzeAsync("""
        using var scope = _logger.BeginScope({|AI1005:$"order {user.Id}"|});
        """);

    [Fact]
    public Task Flags_concatenation_string_Format_and_ToString() => AnalyzeAsync("""
        using var first = _logger.BeginScope({|AI1005:"order " + user.Id|});
        using var second = _logger.BeginScope({|AI1005:string.Format("order {0}", user.Id)|});
        using var third = _logger.BeginScope({|AI1005:user.Id.ToString()|});
        """);

    [Fact]
    public Task Is_silent_on_templates_constant_strings_and_structured_state() => AnalyzeAsync("""
        using var templated = _logger.BeginScope("order {OrderId}", user.Id);
        using var constant = _logger.BeginScope("checkout");
        using var constantHoles = _logger.BeginScope($"{Area} checkout");
        using var variable = _logger.BeginScope(reason);
        using var state = _logger.BeginScope(new System.Collections.Generic.Dictionary<string, object> { ["OrderId"] = user.Id });
        using var anonymous = _logger.BeginScope(new { OrderId = user.Id });
        """);

    [Fact]
    public Task Fixes_an_interpolated_state_to_a_template_with_its_values() => FixAsync("""
        using var scope = _logger.BeginScope({|AI1005:$"order {user.Id} for {reason}"|});
        """, """
        using var scope = _logger.BeginScope("order {UserId} for {Reason}", user.Id, reason);
        """);

    [Fact]
    public Task Fixes_a_concatenation() => FixAsync("""
        using var scope = _logger.BeginScope({|AI1005:"order " + user.Id|});
        """, """
        using var scope = _logger.BeginScope("order {UserId}", user.Id);
        """);
}
