using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// Recognises the calls that take a message template: any method whose parameter is named by Serilog's or NLog's
/// <c>[MessageTemplateFormatMethod]</c>, whatever type declares it (the application's own wrappers included), and the
/// Microsoft.Extensions.Logging methods, found by their declaring type and the parameter's usual name.
/// </summary>
internal static class TemplateCalls
{
    /// <summary>The names a logging library's own template methods have, which alone can take a template without Serilog or NLog.</summary>
    public static bool HasLibraryName(string name) => name is
        "LogTrace" or "LogDebug" or "LogInformation" or "LogWarning" or "LogError" or "LogCritical" or "Log" or "BeginScope"
        or "Define" or "DefineScope"
        or "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write"
        or "Trace" or "Info" or "Warn" or "ConditionalDebug" or "ConditionalTrace";

    /// <summary>
    /// The call as a template call, when its bound target takes a template and the call passes one explicitly. The
    /// target is judged by its symbol alone (<see cref="TemplateSymbols.TargetOf"/>), so a wrapper of any name in any
    /// assembly is recognised without reading the types it is declared among.
    /// </summary>
    public static TemplateCall? Recognize(IInvocationOperation operation, TemplateSymbols symbols)
    {
        if (symbols.TargetOf(operation.TargetMethod) is not { } target
            || operation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == target.TemplateOrdinal) is not { Parameter: { } parameter } template
            || template.ArgumentKind != ArgumentKind.Explicit)
        {
            return null;
        }

        var valueCount = target.Library == TemplateLibrary.LoggerMessageDefine
            ? operation.TargetMethod.TypeArguments.Length
            : TemplateValues.Count(operation, parameter, symbols);
        return new TemplateCall(operation, template, target.Library, valueCount);
    }

    /// <summary>Whether <paramref name="method"/> (a definition) takes a template, and in which parameter; asked once per method.</summary>
    public static TemplateTarget? Target(IMethodSymbol method, TemplateSymbols symbols) =>
        TemplateMethod(method, symbols) is { } library && TemplateParameter(method, library, symbols) is { } parameter
            ? new TemplateTarget(library, parameter.Ordinal)
            : null;

    /// <summary>
    /// The template parameter of the method the enclosing code is, when it declares itself a template method: a wrapper
    /// that passes it on, even inside a larger template, forwards its caller's template rather than building one.
    /// </summary>
    public static IParameterSymbol? DeclaredTemplateParameter(ISymbol? enclosing, TemplateSymbols symbols) =>
        enclosing is IMethodSymbol method && FormatMethodParameterName(method, symbols) is { } name
            ? method.Parameters.FirstOrDefault(parameter => parameter.Name == name)
            : null;

    /// <summary>Whose template the method takes: the library whose attribute it carries, else the library type that declares it.</summary>
    private static TemplateLibrary? TemplateMethod(IMethodSymbol method, TemplateSymbols symbols)
    {
        foreach (var attribute in AttributesThatCanMark(method, symbols))
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

        return HasLibraryName(method.Name) ? LibraryOf(method, symbols) : null;
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
            && TemplateValues.HoldsValues(overload, overload.Parameters[template.Ordinal + 1], symbols));

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
        AttributesThatCanMark(method, symbols)
            .Where(attribute => Is(attribute.AttributeClass, symbols.NLogFormatMethodAttribute) || Is(attribute.AttributeClass, symbols.SerilogFormatMethodAttribute))
            .Select(attribute => attribute.ConstructorArguments.FirstOrDefault().Value as string)
            .FirstOrDefault(name => name is not null);

    /// <summary>The method's attributes where one of them can be Serilog's or NLog's; none, without decoding them, elsewhere.</summary>
    private static ImmutableArray<AttributeData> AttributesThatCanMark(IMethodSymbol method, TemplateSymbols symbols) =>
        symbols.MayMarkTemplateMethods(method.ContainingAssembly) ? method.GetAttributes() : ImmutableArray<AttributeData>.Empty;

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
        expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);

    private static bool IsOrImplements(INamedTypeSymbol type, INamedTypeSymbol? expected) =>
        expected is not null && (Is(type, expected) || type.AllInterfaces.Any(implemented => Is(implemented, expected)));
}
