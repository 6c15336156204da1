using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;

namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

public class PlaceholderCountMismatchTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>(TemplateTest.InMethod(body));

    /// <summary>The SDK's CA2017, on by default, reports these: AI1002 does not report them a second time.</summary>
    [Fact]
    public Task Leaves_the_mismatches_of_Microsoft_logging_to_CA2017() => AnalyzeAsync("""
        _logger.LogInformation("User {UserId} logged in from {Ip}", user.Id);
        _logger.LogInformation("User {0} is {0}", user.Id);
        _logger.LogError("Login failed", ex);
        _logger.LogInformation("User {UserId} from {Ip}", new object[] { user.Id });
        using var scope = _logger.BeginScope("Order {OrderId} of {UserId}", 42);
        var placed = LoggerMessage.Define<int, string>(LogLevel.Information, new EventId(1), "Order {OrderId} placed");
        """);

    [Fact]
    public Task Is_silent_when_every_placeholder_has_its_value_in_Microsoft_logging() => AnalyzeAsync("""
        _logger.LogInformation("User {UserId} logged in from {Ip}", user.Id, "10.0.0.1");
        _logger.LogError(ex, "User {UserId} failed", user.Id);
        _logger.LogInformation("Braces {{are}} text", Array.Empty<object>());
        """);

    [Fact]
    public Task Flags_an_exception_passed_as_a_value() => AnalyzeAsync("""
        _serilog.Information({|AI1002:"Login failed"|}, ex);
        """);

    [Fact]
    public Task Flags_a_missing_value_in_Serilog() => AnalyzeAsync("""
        _serilog.Information({|AI1002:"User {UserId} logged in from {Ip}"|}, user.Id);
        """);

    [Fact]
    public Task Is_silent_when_Serilog_reuses_a_positional_value() => AnalyzeAsync("""
        _serilog.Information({|AI1004:"User {0} is {0}, named {1}"|}, user.Id, user.Name);
        _serilog.Warning(ex, "User {UserId} failed", user.Id);
        """);

    [Fact]
    public Task Flags_an_extra_value_in_NLog() => AnalyzeAsync("""
        _nlog.Info({|AI1002:"User {UserId} logged in"|}, user.Id, reason);
        """);

    /// <summary>In NLog 5 one string or number binds to a typed overload, <c>Debug(string message, string argument)</c> and the like.</summary>
    [Fact]
    public Task Flags_a_value_for_a_template_without_placeholders_in_NLogs_typed_overloads() =>
        CorrelationTest.AnalyzeWithNLog5Async<MessageTemplateAnalyzer>("""
            public class Search
            {
                private readonly NLog.Logger _nlog = NLog.LogManager.GetCurrentClassLogger();

                public void Run(int found)
                {
                    _nlog.Debug({|AI1002:"No result found for your query\n"|}, "info");
                    _nlog.Info({|AI1002:"Found {Count} results in {Pages} pages"|}, found);
                    _nlog.Warn("Found {Count} results", found);
                }
            }
            """);

    [Fact]
    public Task Is_silent_when_every_placeholder_has_its_value_in_NLog() => AnalyzeAsync("""
        _nlog.Info("User {UserId} logged in from {Ip}", user.Id, reason);
        _nlog.Info({|AI1004:"User {0} is {0}"|}, user.Id);
        """);

    [Fact]
    public Task Counts_the_elements_of_an_array_created_in_the_call() => AnalyzeAsync("""
        _nlog.Info({|AI1002:"User {UserId} from {Ip}"|}, new object[] { user.Id });
        _serilog.Information("User {UserId} from {Ip}", new object[] { user.Id, reason });
        """);

    [Fact]
    public Task Is_silent_when_the_values_are_an_array_variable() => AnalyzeAsync("""
        _logger.LogInformation("User {UserId} from {Ip}", values);
        _nlog.Info("User {UserId} from {Ip}", values);
        """);

    [Fact]
    public Task Is_silent_on_malformed_templates() => AnalyzeAsync("""
        _logger.LogInformation("Body: { \"id\": 1 }");
        _serilog.Information("Unclosed {UserId", user.Id, reason);
        _nlog.Info("Spaced { UserId }");
        """);
}

public class DuplicatePlaceholderNameTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>(TemplateTest.InMethod(body));

    [Fact]
    public Task Flags_a_name_used_twice_in_Microsoft_logging() => AnalyzeAsync("""
        _logger.LogInformation({|AI1003:"User {Id} placed order {Id}"|}, user.Id, 42);
        """);

    [Fact]
    public Task Is_silent_on_distinct_names_in_Microsoft_logging() => AnalyzeAsync("""
        _logger.LogInformation("User {UserId} placed order {OrderId}", user.Id, 42);
        """);

    [Fact]
    public Task Flags_names_that_differ_in_case_or_capture_in_Serilog() => AnalyzeAsync("""
        _serilog.Information({|AI1003:"User {Id} placed order {id}"|}, user.Id, 42);
        _serilog.Information({|AI1003:"User {User} as {@User}"|}, user.Name, user);
        """);

    [Fact]
    public Task Is_silent_on_distinct_names_in_Serilog() => AnalyzeAsync("""
        _serilog.Information("User {UserId} as {@User}", user.Id, user);
        """);

    [Fact]
    public Task Flags_a_name_used_twice_in_NLog() => AnalyzeAsync("""
        _nlog.Info({|AI1003:"User {Id} placed order {Id}"|}, user.Id, 42);
        """);

    [Fact]
    public Task Is_silent_on_a_repeated_index_in_NLog() => AnalyzeAsync("""
        _nlog.Info({|AI1004:"User {0} placed order {1} for {0}"|}, user.Id, 42);
        """);
}

public class PositionalPlaceholdersTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>(TemplateTest.InMethod(body));

    [Fact]
    public Task Flags_positional_and_named_placeholders_in_Microsoft_logging() => AnalyzeAsync("""
        _logger.LogInformation({|AI1004:"User {0} placed order {OrderId}"|}, user.Id, 42);
        """);

    [Fact]
    public Task Flags_positional_and_named_placeholders_in_Serilog() => AnalyzeAsync("""
        _serilog.Information({|AI1004:"User {UserId} placed order {0}"|}, user.Id, 42);
        """);

    [Fact]
    public Task Flags_positional_and_named_placeholders_in_NLog() => AnalyzeAsync("""
        _nlog.Info({|AI1004:"User {0} placed order {OrderId}"|}, user.Id, 42);
        """);

    [Fact]
    public Task Flags_an_all_positional_template_in_Serilog() => AnalyzeAsync("""
        _serilog.Error(ex, {|AI1004:"Error performing {0}."|}, reason);
        """);

    [Fact]
    public Task Flags_an_all_positional_template_in_NLog() => AnalyzeAsync("""
        _nlog.Info({|AI1004:"User {0} placed order {1}"|}, user.Id, 42);
        """);

    [Fact]
    public Task Flags_an_all_positional_template_passed_to_the_applications_own_template_method() => AnalyzeAsync("""
        AppLog.Information({|AI1004:"Loading plugin {0}"|}, reason);
        """);

    /// <summary>The call is judged by its bound target, so the template need not be written in the call itself.</summary>
    [Fact]
    public Task Flags_a_constant_template_held_in_a_constant_or_in_parentheses_passed_to_the_applications_own_template_method() => AnalyzeAsync("""
        const string loaded = "Loaded {0} of {Total}";
        AppLog.Loaded({|AI1004:loaded|});
        AppLog.Note(({|AI1002:"User " + "{UserId}"|}));
        """);

    /// <summary>NLog's fluent builder marks <c>Message</c> as a template method: the attribute counts in the library's own types too.</summary>
    [Fact]
    public Task Flags_an_all_positional_template_passed_to_NLogs_event_builder() => AnalyzeAsync("""
        NLog.ILoggerExtensions.ForInfoEvent(_nlog).Message({|AI1004:"User {0} logged in"|}, user.Id).Log();
        """);

    [Fact]
    public Task Flags_an_all_positional_template_passed_to_a_template_method_of_a_referenced_project_whose_name_no_library_uses() =>
        CorrelationTest.AnalyzeWithLibraryAsync<MessageTemplateAnalyzer>("""
            public static class Party
            {
                private const string Failed = "Error loading party file {0}";

                public static void Load(string file) => Game.CLog.LoadFailed({|AI1004:Failed|}, file);
            }
            """, """
            namespace Game
            {
                public static class CLog
                {
                    [NLog.MessageTemplateFormatMethod("messageTemplate")]
                    public static void LoadFailed(string messageTemplate, params object[] args) => NLog.LogManager.GetCurrentClassLogger().Error(messageTemplate, args);
                }
            }
            """);

    [Fact]
    public Task Leaves_all_positional_templates_of_Microsoft_logging_to_CA2253() => AnalyzeAsync("""
        _logger.LogError(new EventId(2), ex, "Error performing {0}.", reason);
        var placed = LoggerMessage.Define<int>(LogLevel.Information, new EventId(1), "Placed order {0}");
        """);

    [Fact]
    public Task Is_silent_on_named_placeholders() => AnalyzeAsync("""
        _logger.LogInformation("User {UserId} placed order {OrderId}", user.Id, 42);
        _serilog.Information("User {UserId} placed order {OrderId}", user.Id, 42);
        _nlog.Info("User {UserId} placed order {OrderId}", user.Id, 42);
        """);
}
