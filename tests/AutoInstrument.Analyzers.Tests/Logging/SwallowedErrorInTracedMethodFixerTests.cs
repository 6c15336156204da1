using AutoInstrument.Analyzers.Tests.Logging.Correlation;
using AutoInstrument.CodeFixes.Logging;
using AutoInstrument.Generators.Analyzers.Logging;
using Xunit;

namespace AutoInstrument.Analyzers.Tests.Logging;

public class SwallowedErrorInTracedMethodFixerTests
{
    private static Task FixAsync(string source, string fixedSource) =>
        CorrelationTest.FixAsync<SwallowedErrorInTracedMethodAnalyzer, SwallowedErrorInTracedMethodFixer>(source, fixedSource);

    [Fact]
    public Task Sets_the_error_status_with_the_caught_exception() => FixAsync("""
        using System;
        using AutoInstrument;
        using Microsoft.Extensions.Logging;

        public class Orders(ILogger<Orders> logger)
        {
            [Traced]
            public bool Place()
            {
                try
                {
                    return true;
                }
                {|AI1105:catch|} (Exception ex)
                {
                    logger.LogError(ex, "Placing failed");
                    return false;
                }
            }
        }
        """, """
        using System;
        using AutoInstrument;
        using Microsoft.Extensions.Logging;

        public class Orders(ILogger<Orders> logger)
        {
            [Traced]
            public bool Place()
            {
                try
                {
                    return true;
                }
                catch (Exception ex)
                {
                    System.Diagnostics.Activity.Current?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.Message);
                    logger.LogError(ex, "Placing failed");
                    return false;
                }
            }
        }
        """);

    [Fact]
    public Task Names_the_exception_of_every_catch_that_has_no_variable() => FixAsync("""
        using System;
        using System.Diagnostics;
        using AutoInstrument;
        using Microsoft.Extensions.Logging;

        public class Orders(ILogger<Orders> logger)
        {
            [Traced]
            public bool Place()
            {
                try
                {
                    return true;
                }
                {|AI1105:catch|} (InvalidOperationException)
                {
                    logger.LogError("Placing failed");
                    return false;
                }
                {|AI1105:catch|}
                {
                    logger.LogCritical("Placing failed");
                    return false;
                }
            }
        }
        """, """
        using System;
        using System.Diagnostics;
        using AutoInstrument;
        using Microsoft.Extensions.Logging;

        public class Orders(ILogger<Orders> logger)
        {
            [Traced]
            public bool Place()
            {
                try
                {
                    return true;
                }
                catch (InvalidOperationException ex)
                {
                    Activity.Current?.SetStatus(ActivityStatusCode.Error, ex.Message);
                    logger.LogError("Placing failed");
                    return false;
                }
                catch (Exception ex)
                {
                    Activity.Current?.SetStatus(ActivityStatusCode.Error, ex.Message);
                    logger.LogCritical("Placing failed");
                    return false;
                }
            }
        }
        """);
}
