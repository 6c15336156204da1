namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

/// <summary>Code for the template rules: a class that holds a logger of each library and logs from one method.</summary>
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
        """;
}
