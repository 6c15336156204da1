using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// Recognises the calls that take a message template in Microsoft.Extensions.Logging, Serilog and NLog, and finds the
/// template parameter by its declaring type and name, or by the library's <c>[MessageTemplateFormatMethod]</c>.
/// </summary>
internal static class TemplateCalls
{
    /// <summary>Whether the name alone allows the call to take a template; checked before anything is bound.</summary>
    public static bool MayTakeTemplate(InvocationExpressionSyntax invocation) => InvocationNames.MethodName(invocation) is
        "LogTrace" or "LogDebug" or "LogInformation" or "LogWarning" or "LogError" or "LogCritical" or "Log" or "BeginScope"
        or "Define" or "DefineScope"
        or "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write"
        or "Trace" or "Info" or "Warn" or "ConditionalDebug" or "ConditionalTrace";

    public static TemplateCall? Recognize(InvocationExpressionSyntax invocation, SemanticModel model, TemplateSymbols symbols, CancellationToken cancellationToken)
    {
        if (!MayTakeTemplate(invocation)
            || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol called
            || LibraryOf(called, symbols) is not { } library
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
            || TemplateParameter(operation.TargetMethod, library, symbols) is not { } parameter
            || operation.Arguments.FirstOrDefault(argument => SymbolEqualityComparer.Default.Equals(argument.Parameter, parameter)) is not { } template
            || template.ArgumentKind != ArgumentKind.Explicit)
        {
            return null;
        }

        var valueCount = library == TemplateLibrary.LoggerMessageDefine
            ? operation.TargetMethod.TypeArguments.Length
            : TemplateValues.Count(operation, parameter);
        return new TemplateCall(operation, template, library, valueCount);
    }

    private static TemplateLibrary? LibraryOf(IMethodSymbol method, TemplateSymbols symbols)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (Is(type, symbols.LoggerExtensions))
        {
            return method.Name.StartsWith("Log") || method.Name == "BeginScope" ? TemplateLibrary.MicrosoftExtensions : null;
        }

        if (Is(type, symbols.LoggerMessage))
        {
            return method.Name is "Define" or "DefineScope" ? TemplateLibrary.LoggerMessageDefine : null;
        }

        if (Is(type, symbols.SerilogLog) || IsOrImplements(type, symbols.SerilogLogger))
        {
            return method.Name is "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write"
                ? TemplateLibrary.Serilog
                : null;
        }

        return IsOrImplements(type, symbols.NLogLoggerBase)
            && method.Name is "Trace" or "Debug" or "Info" or "Warn" or "Error" or "Fatal" or "Log" or "ConditionalDebug" or "ConditionalTrace"
            ? TemplateLibrary.NLog
            : null;
    }

    /// <summary>The string parameter that holds the template: named by the library's attribute, or by its usual name.</summary>
    private static IParameterSymbol? TemplateParameter(IMethodSymbol method, TemplateLibrary library, TemplateSymbols symbols)
    {
        var name = FormatMethodParameterName(method, symbols) ?? library switch
        {
            TemplateLibrary.MicrosoftExtensions => method.Name == "BeginScope" ? "messageFormat" : "message",
            TemplateLibrary.LoggerMessageDefine => "formatString",
            TemplateLibrary.Serilog => "messageTemplate",
            _ => "message",
        };
        return method.Parameters.FirstOrDefault(parameter => parameter.Name == name && parameter.Type.SpecialType == SpecialType.System_String);
    }

    private static string? FormatMethodParameterName(IMethodSymbol method, TemplateSymbols symbols) =>
        method.GetAttributes()
            .Where(attribute => Is(attribute.AttributeClass, symbols.NLogFormatMethodAttribute) || Is(attribute.AttributeClass, symbols.SerilogFormatMethodAttribute))
            .Select(attribute => attribute.ConstructorArguments.FirstOrDefault().Value as string)
            .FirstOrDefault(name => name is not null);

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

    private static bool IsOrImplements(INamedTypeSymbol type, INamedTypeSymbol? expected) =>
        expected is not null && (Is(type, expected) || type.AllInterfaces.Any(implemented => Is(implemented, expected)));
}
