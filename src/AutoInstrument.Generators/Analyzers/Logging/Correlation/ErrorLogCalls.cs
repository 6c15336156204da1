using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>Recognises calls that log at error level or above in Microsoft.Extensions.Logging, Serilog and NLog.</summary>
internal static class ErrorLogCalls
{
    private const int LogLevelError = 4;
    private const int LogLevelCritical = 5;

    /// <summary>Whether the name alone allows the call to be an error log; true for far fewer calls than it rejects.</summary>
    public static bool MayBeErrorLog(InvocationExpressionSyntax invocation) =>
        InvocationNames.MethodName(invocation) is "LogError" or "LogCritical" or "Log" or "Error" or "Fatal";

    public static bool IsErrorLog(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        if (model.GetSymbolInfo(invocation).Symbol is not IMethodSymbol method)
        {
            return false;
        }

        return (LoggingLibrary.Of(method), method.Name) switch
        {
            (LoggingLibrary.MicrosoftExtensions, "LogError" or "LogCritical") => true,
            (LoggingLibrary.MicrosoftExtensions, "Log") => IsErrorLevelArgument(invocation, model),
            (LoggingLibrary.Serilog or LoggingLibrary.NLog, "Error" or "Fatal") => true,
            _ => false,
        };
    }

    private static bool IsErrorLevelArgument(InvocationExpressionSyntax invocation, SemanticModel model) =>
        invocation.ArgumentList.Arguments.Count > 0
        && model.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression) is { HasValue: true, Value: int level }
        && level is LogLevelError or LogLevelCritical;
}
