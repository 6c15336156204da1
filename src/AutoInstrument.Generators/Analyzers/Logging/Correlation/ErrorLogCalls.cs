using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>
/// Recognises calls that log at error level or above in Microsoft.Extensions.Logging (its extension methods, and the
/// methods its <c>[LoggerMessage]</c> generator implements), Serilog and NLog.
/// </summary>
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

        if (!MayBeErrorLog(invocation))
        {
            return IsErrorLoggerMessage(invocation, method, model);
        }

        return (LoggingLibrary.Of(method), method.Name) switch
        {
            (LoggingLibrary.MicrosoftExtensions, "LogError" or "LogCritical") => true,
            (LoggingLibrary.MicrosoftExtensions, "Log") => IsErrorLevelArgument(invocation, model),
            (LoggingLibrary.Serilog or LoggingLibrary.NLog, "Error" or "Fatal") => true,
            _ => IsErrorLoggerMessage(invocation, method, model),
        };
    }

    /// <summary>
    /// A <c>[LoggerMessage]</c> method whose level is Error or Critical: given to the attribute (its constructor or
    /// <c>Level = …</c>), or, when the attribute leaves it out, passed as a constant to the method's <c>LogLevel</c> parameter.
    /// </summary>
    private static bool IsErrorLoggerMessage(InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model)
    {
        var definition = method.ReducedFrom ?? method;
        definition = definition.PartialDefinitionPart ?? definition;
        foreach (var attribute in definition.GetAttributes())
        {
            if (attribute.AttributeClass is not { Name: "LoggerMessageAttribute" } attributeClass
                || attributeClass.ContainingNamespace?.ToDisplayString() != "Microsoft.Extensions.Logging")
            {
                continue;
            }

            var level = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Level").Value.Value;
            for (var index = 0; level is null && index < attribute.ConstructorArguments.Length; index++)
            {
                if (IsLogLevel(attribute.AttributeConstructor?.Parameters[index].Type))
                {
                    level = attribute.ConstructorArguments[index].Value;
                }
            }

            if (level is null && model.GetOperation(invocation) is IInvocationOperation operation)
            {
                level = operation.Arguments.FirstOrDefault(a => IsLogLevel(a.Parameter?.Type))?.Value.ConstantValue is { HasValue: true } constant
                    ? constant.Value
                    : null;
            }

            return level is int value && value is LogLevelError or LogLevelCritical;
        }

        return false;
    }

    private static bool IsLogLevel(ITypeSymbol? type) =>
        type is { Name: "LogLevel", TypeKind: TypeKind.Enum } && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Logging";

    private static bool IsErrorLevelArgument(InvocationExpressionSyntax invocation, SemanticModel model) =>
        invocation.ArgumentList.Arguments.Count > 0
        && model.GetConstantValue(invocation.ArgumentList.Arguments[0].Expression) is { HasValue: true, Value: int level }
        && level is LogLevelError or LogLevelCritical;
}
