using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.Logging;
using AutoInstrument.Generators.Analyzers.Logging;

namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

public class NonConstantMessageTemplateFixerTests
{
    private static Task FixAsync(string body, string fixedBody) =>
        CorrelationTest.FixAsync<MessageTemplateAnalyzer, NonConstantMessageTemplateFixer>(
            TemplateTest.InMethod(body), TemplateTest.InMethod(fixedBody));

    private static Task NoFixAsync(string body) =>
        CorrelationTest.NoFixAsync<MessageTemplateAnalyzer, NonConstantMessageTemplateFixer>(TemplateTest.InMethod(body));

    [Fact]
    public Task Turns_interpolation_holes_into_named_placeholders_and_arguments() => FixAsync("""
        _logger.LogWarning({|AI1001:$"User {user.Id} failed to login: {reason}"|});
        """, """
        _logger.LogWarning("User {UserId} failed to login: {Reason}", user.Id, reason);
        """);

    [Fact]
    public Task Turns_concatenated_values_into_placeholders() => FixAsync("""
        _logger.LogInformation({|AI1001:"User " + user.Id + " logged in after " + MaxRetries + " tries"|});
        """, """
        _logger.LogInformation("User {UserId} logged in after 3 tries", user.Id);
        """);

    [Fact]
    public Task Names_the_values_of_string_Format_and_passes_them_in_placeholder_order() => FixAsync("""
        _logger.LogInformation({|AI1001:string.Format("{1} was refused for user {0}", user.Id, reason)|});
        """, """
        _logger.LogInformation("{Reason} was refused for user {UserId}", reason, user.Id);
        """);

    [Fact]
    public Task Keeps_format_and_alignment() => FixAsync("""
        _logger.LogInformation({|AI1001:$"Took {elapsed.TotalMilliseconds:N2} ms, {user.Name,-12}|"|});
        """, """
        _logger.LogInformation("Took {ElapsedTotalMilliseconds:N2} ms, {UserName,-12}|", elapsed.TotalMilliseconds, user.Name);
        """);

    [Fact]
    public Task Escapes_literal_braces() => FixAsync("""
        _logger.LogInformation({|AI1001:$"Set {{limit}} for {user.Id}"|});
        _logger.LogInformation({|AI1001:"Set {" + reason + "}"|});
        """, """
        _logger.LogInformation("Set {{limit}} for {UserId}", user.Id);
        _logger.LogInformation("Set {{{Reason}}}", reason);
        """);

    [Fact]
    public Task Writes_a_raw_or_verbatim_template_as_a_plain_or_verbatim_string() => FixAsync(""""
        _logger.LogInformation({|AI1001:$"""User "{user.Name}" left"""|});
        _logger.LogInformation({|AI1001:@$"User ""{user.Name}"" left"|});
        """", """
        _logger.LogInformation("User \"{UserName}\" left", user.Name);
        _logger.LogInformation(@"User ""{UserName}"" left", user.Name);
        """);

    [Fact]
    public Task Makes_repeated_names_unique() => FixAsync("""
        _logger.LogInformation({|AI1001:$"{user.Id} sent {user.Id + 1} and {user.Id * 2}"|});
        """, """
        _logger.LogInformation("{UserId} sent {Value} and {Value2}", user.Id, user.Id + 1, user.Id * 2);
        """);

    [Fact]
    public Task Writes_constant_holes_as_text() => FixAsync("""
        _logger.LogInformation({|AI1001:$"{nameof(Orders)} gave up on {user.Id} after {MaxRetries} retries in {Area}"|});
        """, """
        _logger.LogInformation("Orders gave up on {UserId} after 3 retries in Orders", user.Id);
        """);

    [Fact]
    public Task Leaves_the_event_id_and_exception_in_place() => FixAsync("""
        _logger.LogError(new EventId(3), ex, {|AI1001:$"User {user.Id} failed"|});
        _logger.Log(LogLevel.Error, ex, {|AI1001:$"User {user.Id} failed"|});
        """, """
        _logger.LogError(new EventId(3), ex, "User {UserId} failed", user.Id);
        _logger.Log(LogLevel.Error, ex, "User {UserId} failed", user.Id);
        """);

    [Fact]
    public Task Fixes_Serilog_and_NLog_calls() => FixAsync("""
        _serilog.ForContext<Orders>().Error(ex, {|AI1001:$"User {user.Id} failed"|});
        _nlog.Warn(ex, {|AI1001:$@"User {user.Name} left"|});
        """, """
        _serilog.ForContext<Orders>().Error(ex, "User {UserId} failed", user.Id);
        _nlog.Warn(ex, @"User {UserName} left", user.Name);
        """);

    [Fact]
    public Task Puts_new_values_before_those_already_passed_when_the_old_template_had_no_placeholders() => FixAsync("""
        _serilog.Information({|AI1001:$"User {user.Id} logged in"|}, reason);
        """, """
        _serilog.Information({|AI1002:"User {UserId} logged in"|}, user.Id, reason);
        """);

    [Fact]
    public Task Fixes_calls_of_the_applications_own_template_methods() => FixAsync("""
        AppLog.Information({|AI1001:$"Loading plugin {reason}"|});
        AppLog.Note({|AI1001:"User " + user.Name|});
        """, """
        AppLog.Information("Loading plugin {Reason}", reason);
        AppLog.Note("User {UserName}", user.Name);
        """);

    [Fact]
    public Task Offers_no_fix_for_a_template_method_that_takes_no_values() => NoFixAsync("""
        AppLog.Loaded({|AI1001:$"Loaded {user.Name}"|});
        """);

    [Fact]
    public Task Offers_no_fix_when_the_old_template_had_placeholders_for_values_already_passed() => NoFixAsync("""
        _logger.LogInformation({|AI1001:"User " + user.Id + " failed: {Reason}"|}, reason);
        """);

    [Fact]
    public Task Offers_no_fix_for_ToString_or_LoggerMessage_Define() => NoFixAsync("""
        _nlog.Error({|AI1001:ex.ToString()|});
        var placed = LoggerMessage.Define(LogLevel.Information, new EventId(1), {|AI1001:$"Placed by {user.Name}"|});
        """);

    [Fact]
    public Task Fixes_every_template_in_the_document_at_once() => FixAsync("""
        _logger.LogInformation({|AI1001:$"User {user.Id} logged in"|});
        _serilog.Warning({|AI1001:"Refused: " + reason|});
        _nlog.Debug({|AI1001:string.Format("Took {0:N0} ms", elapsed.TotalMilliseconds)|});
        """, """
        _logger.LogInformation("User {UserId} logged in", user.Id);
        _serilog.Warning("Refused: {Reason}", reason);
        _nlog.Debug("Took {ElapsedTotalMilliseconds:N0} ms", elapsed.TotalMilliseconds);
        """);

    [Fact]
    public Task Names_fields_properties_and_getters_after_what_they_hold() =>
        CorrelationTest.FixAsync<MessageTemplateAnalyzer, NonConstantMessageTemplateFixer>("""
            using Microsoft.Extensions.Logging;

            public class Cart(ILogger<Cart> logger)
            {
                private readonly string _owner = "";
                private readonly string name = "";

                public decimal GetTotal() => 0m;

                public void Checkout() => logger.LogInformation({|AI1001:$"{_owner} bought {this.name} for {GetTotal()} on {System.DateTime.UtcNow:d}"|});
            }
            """, """
            using Microsoft.Extensions.Logging;

            public class Cart(ILogger<Cart> logger)
            {
                private readonly string _owner = "";
                private readonly string name = "";

                public decimal GetTotal() => 0m;

                public void Checkout() => logger.LogInformation("{Owner} bought {Name} for {Total} on {SystemDateTimeUtcNow:d}", _owner, this.name, GetTotal(), System.DateTime.UtcNow);
            }
            """);
}
