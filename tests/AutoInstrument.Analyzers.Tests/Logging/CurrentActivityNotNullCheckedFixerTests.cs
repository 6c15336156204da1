using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.Logging;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class CurrentActivityNotNullCheckedFixerTests
{
    private static Task FixAsync(string body, string fixedBody) =>
        CorrelationTest.FixAsync<CurrentActivityNotNullCheckedAnalyzer, CurrentActivityNotNullCheckedFixer>(InLoggingMethod(body), InLoggingMethod(fixedBody));

    /// <summary>Places statements in a method returning a string, without nullable annotations, next to a logger.</summary>
    internal static string InLoggingMethod(string body) => $$"""
        #nullable disable
        using System.Diagnostics;
        using Microsoft.Extensions.Logging;

        public class Orders
        {
            private readonly ILogger<Orders> _logger;

            public string Place()
            {
                {{body}}
            }
        }
        """;

    [Fact]
    public Task Uses_conditional_access_for_every_read_of_the_trace_id() => FixAsync("""
        _logger.LogInformation("Placed in {TraceId}", {|AI1107:Activity.Current.TraceId|});
                return {|AI1107:Activity.Current!.TraceId|}.ToHexString();
        """, """
        _logger.LogInformation("Placed in {TraceId}", Activity.Current?.TraceId);
                return Activity.Current?.TraceId.ToHexString();
        """);

    [Fact]
    public Task Offers_no_fix_where_a_nullable_trace_id_would_not_compile() =>
        CorrelationTest.NoFixAsync<CurrentActivityNotNullCheckedAnalyzer, CurrentActivityNotNullCheckedFixer>(InLoggingMethod("""
            ActivityTraceId traceId = {|AI1107:Activity.Current.TraceId|};
                    return traceId.ToString();
            """));
}
