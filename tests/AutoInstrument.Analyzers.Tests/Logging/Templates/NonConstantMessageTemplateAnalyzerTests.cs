using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;

namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

public class MessageTemplateAnalyzerTests
{
    private static Task AnalyzeAsync(string body) =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>(TemplateTest.InMethod(body));

    [Fact]
    public Task Flags_an_interpolated_template_in_Microsoft_logging() => AnalyzeAsync("""
        _logger.LogWarning({|AI1001:$"User {user.Id} failed to login: {reason}"|});
        """);

    [Fact]
    public Task Is_silent_on_a_constant_template_in_Microsoft_logging() => AnalyzeAsync("""
        _logger.LogWarning("User {UserId} failed to login: {Reason}", user.Id, reason);
        """);

    [Fact]
    public Task Flags_an_interpolated_template_in_Serilog() => AnalyzeAsync("""
        _serilog.Information({|AI1001:$"User {user.Id} logged in"|});
        """);

    [Fact]
    public Task Is_silent_on_a_constant_template_in_Serilog() => AnalyzeAsync("""
        _serilog.Information("User {UserId} logged in", user.Id);
        """);

    [Fact]
    public Task Flags_an_interpolated_template_in_NLog() => AnalyzeAsync("""
        _nlog.Info({|AI1001:$"User {user.Id} logged in"|});
        """);

    [Fact]
    public Task Is_silent_on_a_constant_template_in_NLog() => AnalyzeAsync("""
        _nlog.Info("User {UserId} logged in", user.Id);
        """);

    [Fact]
    public Task Flags_verbatim_and_raw_interpolated_templates() => AnalyzeAsync(""""
        _logger.LogInformation({|AI1001:$@"User {user.Id}"|});
        _logger.LogInformation({|AI1001:@$"User {user.Id}"|});
        _logger.LogInformation({|AI1001:$"""User {user.Id}"""|});
        """");

    [Fact]
    public Task Flags_concatenation_with_a_value_that_is_not_constant() => AnalyzeAsync("""
        _logger.LogInformation({|AI1001:"User " + user.Id + " logged in"|});
        """);

    [Fact]
    public Task Flags_string_Format_string_Concat_and_ToString() => AnalyzeAsync("""
        _logger.LogInformation({|AI1001:string.Format("User {0}", user.Id)|});
        _serilog.Warning({|AI1001:string.Concat("User ", reason)|});
        _nlog.Error({|AI1001:ex.ToString()|});
        """);

    [Fact]
    public Task Is_silent_on_constant_interpolation_and_concatenation() => AnalyzeAsync("""
        _logger.LogInformation($"{nameof(Orders)}: user {{UserId}} logged in", user.Id);
        _logger.LogInformation($"{Area}: gave up after {MaxRetries} retries");
        _logger.LogInformation(Area + ": user {UserId} logged in", user.Id);
        _logger.LogInformation("Retries: " + MaxRetries);
        """);

    [Fact]
    public Task Is_silent_on_a_template_passed_in_a_variable() => AnalyzeAsync("""
        _logger.LogInformation(template, values);
        _serilog.Information(reason.ToString());
        """);

    [Fact]
    public Task Flags_scopes_Log_with_a_level_and_LoggerMessage_Define() => AnalyzeAsync("""
        using var scope = _logger.BeginScope({|AI1001:$"Order for {user.Id} at {{Step}}"|}, "payment");
        _logger.Log(LogLevel.Warning, new EventId(7), ex, {|AI1001:$"User {user.Id} failed"|});
        var placed = LoggerMessage.Define(LogLevel.Information, new EventId(1), {|AI1001:$"Placed by {user.Name}"|});
        """);

    [Fact]
    public Task Is_silent_on_a_scope_whose_state_is_a_string() => AnalyzeAsync("""
        using var scope = _logger.BeginScope($"Order for {user.Id}");
        """);

    [Fact]
    public Task Flags_the_static_Serilog_logger_and_ForContext_chains() => AnalyzeAsync("""
        Serilog.Log.Error(ex, {|AI1001:$"User {user.Id} failed"|});
        _serilog.ForContext<Orders>().ForContext("Area", Area).Debug({|AI1001:$"User {user.Id}"|});
        _serilog.Information({|AI1001:$"User {user.Id} from {{Ip}}"|}, "10.0.0.1");
        """);

    [Fact]
    public Task Flags_NLog_calls_with_an_exception_or_a_level() => AnalyzeAsync("""
        _nlog.Error(ex, {|AI1001:$"User {user.Id} failed"|});
        _nlog.Log(NLog.LogLevel.Warn, {|AI1001:"User " + user.Name|});
        """);

    [Fact]
    public Task Flags_templates_passed_to_the_applications_own_methods_marked_as_template_methods() => AnalyzeAsync("""
        AppLog.Information({|AI1001:$"Loading plugin {reason}"|});
        AppLog.Loaded({|AI1001:"Loaded " + user.Name|});
        AppLog.Note({|AI1001:string.Format("User {0}", user.Id)|});
        """);

    [Fact]
    public Task Flags_templates_passed_to_a_template_method_of_a_referenced_project() =>
        CorrelationTest.AnalyzeWithLibraryAsync<MessageTemplateAnalyzer>("""
            public static class Party
            {
                public static void Load(string file) => Game.CLog.Error({|AI1001:"Error loading party file " + file|}, true);
            }
            """, """
            namespace Game
            {
                public static class CLog
                {
                    [Serilog.Core.MessageTemplateFormatMethod("messageTemplate")]
                    public static void Error(string messageTemplate, bool show = false) => Serilog.Log.Error(messageTemplate);
                }
            }
            """);

    [Fact]
    public Task Flags_templates_passed_to_a_template_method_of_a_referenced_project_whose_name_no_library_uses() =>
        CorrelationTest.AnalyzeWithLibraryAsync<MessageTemplateAnalyzer>("""
            public static class Party
            {
                public static void Load(string file) => Game.CLog.LoadFailed({|AI1001:"Error loading party file " + file|});
            }
            """, """
            namespace Game
            {
                public static class CLog
                {
                    [NLog.MessageTemplateFormatMethod("messageTemplate")]
                    public static void LoadFailed(string messageTemplate) => NLog.LogManager.GetCurrentClassLogger().Error(messageTemplate);
                }
            }
            """);

    [Fact]
    public Task Is_silent_on_constant_templates_passed_to_the_applications_own_template_methods() => AnalyzeAsync("""
        AppLog.Information("Loading plugin {Plugin}", reason);
        AppLog.Loaded("Loaded");
        AppLog.Note(template, values);
        """);

    [Fact]
    public Task Is_silent_on_a_template_method_that_prefixes_the_template_it_forwards() =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>("""
            public sealed class ModuleLog
            {
                private readonly string moduleName = "plugins";

                [Serilog.Core.MessageTemplateFormatMethod("messageTemplate")]
                public void Information(string messageTemplate, params object?[] values) =>
                    Serilog.Log.Write(Serilog.Events.LogEventLevel.Information, $"[{this.moduleName}] {messageTemplate}", values);

                [Serilog.Core.MessageTemplateFormatMethod("messageTemplate")]
                public void Warning(string messageTemplate, params object?[] values) =>
                    Serilog.Log.Warning("[" + moduleName + "] " + messageTemplate, values);
            }
            """);

    [Fact]
    public Task Flags_a_prefixed_template_in_a_method_that_does_not_declare_it_a_template() =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>("""
            public sealed class ModuleLog
            {
                private readonly string moduleName = "plugins";

                public void Information(string text, params object?[] values) =>
                    Serilog.Log.Information({|AI1001:$"[{moduleName}] {text}"|}, values);

                [Serilog.Core.MessageTemplateFormatMethod("messageTemplate")]
                public void Warning(string messageTemplate, string detail) =>
                    Serilog.Log.Warning({|AI1001:$"Rejected: {detail}"|});
            }
            """);

    [Fact]
    public Task Is_silent_on_methods_of_other_types_with_logging_names() =>
        CorrelationTest.AnalyzeAsync<MessageTemplateAnalyzer>("""
            public class Screen
            {
                public void Info(string message) { }

                public void Show(int id) => Info($"User {id}");
            }
            """);
}
