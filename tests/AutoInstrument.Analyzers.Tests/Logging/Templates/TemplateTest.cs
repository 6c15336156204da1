namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

/// <summary>
/// Code for the template rules: a class that holds a logger of each library and logs from one method, beside the
/// application's own logger, whose methods declare themselves template methods by Serilog's or NLog's attribute.
/// </summary>
internal static class TemplateTest
{
    public static string InMethod(string body) => $$"""
        using System;
        using Microsoft.Extensions.Logging;

        public record User(int Id, string Name);

        public class Orders
        {
            private const string Area = "Orders";
            private const int MaxRetries = 3;
            private readonly ILogger<Orders> _logger = null!;
            private readonly Serilog.ILogger _serilog = null!;
            private readonly NLog.Logger _nlog = null!;

            public void Place(User user, string reason, string template, object[] values, TimeSpan elapsed, Exception ex)
            {
                {{body}}
            }
        }

        public static class AppLog
        {
            [Serilog.Core.MessageTemplateFormatMethod("messageTemplate")]
            public static void Information(string messageTemplate, params object?[] values) => Serilog.Log.Information(messageTemplate, values);

            [Serilog.Core.MessageTemplateFormatMethod("text")]
            public static void Loaded(string text, [System.Runtime.CompilerServices.CallerMemberName] string caller = "") => Serilog.Log.Information(text);

            [NLog.MessageTemplateFormatMethod("message")]
            public static void Note(string message, params object?[] args) => NLog.LogManager.GetCurrentClassLogger().Info(message, args);
        }
        """;
}
