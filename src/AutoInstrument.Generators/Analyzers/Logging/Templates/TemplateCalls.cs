using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// Recognises the calls that take a message template: any method whose parameter is named by Serilog's or NLog's
/// <c>[MessageTemplateFormatMethod]</c>, whatever type declares it (the application's own wrappers included), and the
/// Microsoft.Extensions.Logging methods, found by their declaring type and the parameter's usual name.
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
        var hasLibraryName = MayTakeTemplate(invocation);
        if ((!hasLibraryName && !MayBeDeclaredTemplateMethod(invocation, symbols))
            || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol called
            || TemplateMethod(called, symbols, hasLibraryName) is not { } library
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

    /// <summary>
    /// The template parameter of the method the enclosing code is, when it declares itself a template method: a wrapper
    /// that passes it on, even inside a larger template, forwards its caller's template rather than building one.
    /// </summary>
    public static IParameterSymbol? DeclaredTemplateParameter(ISymbol? enclosing, TemplateSymbols symbols) =>
        enclosing is IMethodSymbol method && FormatMethodParameterName(method, symbols) is { } name
            ? method.Parameters.FirstOrDefault(parameter => parameter.Name == name)
            : null;

    /// <summary>A call of a name some method declares a template method by, with an argument that could be its template.</summary>
    private static bool MayBeDeclaredTemplateMethod(InvocationExpressionSyntax invocation, TemplateSymbols symbols) =>
        symbols.AnyFormatMethodAttribute
        && InvocationNames.MethodName(invocation) is { } name
        && symbols.DeclaredTemplateMethodNames.Contains(name)
        && MayPassTemplate(invocation);

    /// <summary>
    /// Whether an argument could be a template a wrapper of unknown name takes: a string literal, an interpolated string,
    /// a concatenation, or a <c>string.Format</c>, <c>string.Concat</c> or <c>ToString()</c> call. Keeps binding to the few calls that can matter.
    /// </summary>
    private static bool MayPassTemplate(InvocationExpressionSyntax invocation) =>
        invocation.ArgumentList.Arguments.Any(argument => argument.Expression switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            InterpolatedStringExpressionSyntax => true,
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression),
            InvocationExpressionSyntax call => InvocationNames.MethodName(call) is "Format" or "Concat" or "ToString",
            _ => false,
        });

    /// <summary>Whose template the method takes: the library whose attribute it carries, else the library type that declares it.</summary>
    private static TemplateLibrary? TemplateMethod(IMethodSymbol method, TemplateSymbols symbols, bool hasLibraryName)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (Is(attribute.AttributeClass, symbols.SerilogFormatMethodAttribute))
            {
                return TemplateLibrary.Serilog;
            }

            if (Is(attribute.AttributeClass, symbols.NLogFormatMethodAttribute))
            {
                return TemplateLibrary.NLog;
            }
        }

        return hasLibraryName ? LibraryOf(method, symbols) : null;
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

    /// <summary>
    /// Whether the method, or an overload of it, takes values right after its template, so a fix can pass them there:
    /// wrappers often have only a template and caller-information parameters, or take their values as a plain array.
    /// Asked only when a diagnostic is reported: the overloads of a logger are many.
    /// </summary>
    public static bool AcceptsValues(TemplateCall call, TemplateSymbols symbols) =>
        call.Library != TemplateLibrary.LoggerMessageDefine
        && call.Invocation.TargetMethod.ContainingType.GetMembers(call.MethodName).OfType<IMethodSymbol>().Any(overload =>
            TemplateParameter(overload, call.Library, symbols) is { } template
            && template.Ordinal + 1 < overload.Parameters.Length
            && TemplateValues.HoldsValues(overload, overload.Parameters[template.Ordinal + 1]));

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
