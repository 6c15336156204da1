using System;
using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1106: <c>Activity.Id</c> (the whole traceparent) or <c>Activity.SpanId</c> logged under a name that says
/// trace ID, in a message template, a scope dictionary or a Serilog/NLog context property.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WrongIdLoggedAsTraceIdAnalyzer : CorrelationAnalyzer
{
    private static readonly string[] TemplateParameterNames = { "message", "messageTemplate", "messageFormat", "format" };

    public WrongIdLoggedAsTraceIdAnalyzer()
        : base(Descriptors.WrongIdLoggedAsTraceId)
    {
    }

    protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (CorrelationSymbols.From(start.Compilation).Activity is { } activity)
        {
            start.RegisterSyntaxNodeAction(node => AnalyzeInvocation(node, activity), SyntaxKind.InvocationExpression);
        }
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, INamedTypeSymbol activity)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var kind = CallKindOf(InvocationNames.MethodName(invocation));
        if (kind == CallKind.None
            || !invocation.ArgumentList.Arguments.Any(argument => MayReadAnIdentifier(argument.Expression))
            || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method
            || LoggingLibrary.Of(method) is null)
        {
            return;
        }

        var namedValues = kind == CallKind.Template
            ? TemplateValues(invocation, method, context.SemanticModel).Concat(ScopeDictionaryValues(invocation, context.SemanticModel))
            : PropertyValue(invocation, context.SemanticModel);
        foreach (var (name, value) in namedValues)
        {
            if (NamesTraceId(name) && ActivitySyntax.IsNonTraceIdentifier(value, context.SemanticModel, activity, out var member))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WrongIdLoggedAsTraceId, value.GetLocation(), member, name));
            }
        }
    }

    /// <summary>Cheap syntax test before binding: some <c>.Id</c> or <c>.SpanId</c> is read in the argument.</summary>
    private static bool MayReadAnIdentifier(ExpressionSyntax argument) =>
        argument.DescendantNodesAndSelf().OfType<SimpleNameSyntax>().Any(name => name.Identifier.ValueText is "Id" or "SpanId");

    private enum CallKind
    {
        None,
        Template,
        Property,
    }

    private static CallKind CallKindOf(string? methodName) => methodName switch
    {
        "Log" or "LogTrace" or "LogDebug" or "LogInformation" or "LogWarning" or "LogError" or "LogCritical" or "BeginScope"
            or "Verbose" or "Debug" or "Information" or "Warning" or "Error" or "Fatal" or "Write"
            or "Trace" or "Info" or "Warn" => CallKind.Template,
        "PushProperty" or "ForContext" or "WithProperty" or "PushScopeProperty" => CallKind.Property,
        _ => CallKind.None,
    };

    /// <summary>Placeholders of a constant template paired with the arguments that follow it, in order.</summary>
    private static IEnumerable<(string Name, ExpressionSyntax Value)> TemplateValues(
        InvocationExpressionSyntax invocation, IMethodSymbol method, SemanticModel model)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Any(argument => argument.NameColon is not null))
        {
            yield break;
        }

        var templateIndex = TemplateParameterIndex(method);
        if (templateIndex < 0
            || templateIndex >= arguments.Count
            || model.GetConstantValue(arguments[templateIndex].Expression).Value is not string template)
        {
            yield break;
        }

        var names = MessageTemplate.PlaceholderNames(template);
        for (var position = 0; position < names.Count && templateIndex + 1 + position < arguments.Count; position++)
        {
            yield return (names[position], arguments[templateIndex + 1 + position].Expression);
        }
    }

    /// <summary>The position of the message template among the parameters, or -1 when the method takes none.</summary>
    private static int TemplateParameterIndex(IMethodSymbol method)
    {
        for (var index = 0; index < method.Parameters.Length; index++)
        {
            var parameter = method.Parameters[index];
            if (parameter.Type.SpecialType == SpecialType.System_String && Array.IndexOf(TemplateParameterNames, parameter.Name) >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Entries of a dictionary created in the call: <c>["TraceId"] = v</c> or <c>{ "TraceId", v }</c>.</summary>
    private static IEnumerable<(string Name, ExpressionSyntax Value)> ScopeDictionaryValues(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        var entries = invocation.ArgumentList.Arguments
            .Select(argument => argument.Expression)
            .OfType<BaseObjectCreationExpressionSyntax>()
            .SelectMany(creation => creation.Initializer?.Expressions ?? default);
        foreach (var entry in entries)
        {
            var (key, value) = entry switch
            {
                AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax { ArgumentList.Arguments.Count: 1 } access } assignment =>
                    (access.ArgumentList.Arguments[0].Expression, assignment.Right),
                InitializerExpressionSyntax { Expressions.Count: 2 } pair => (pair.Expressions[0], pair.Expressions[1]),
                _ => (null, null),
            };
            if (key is not null && value is not null && model.GetConstantValue(key).Value is string name)
            {
                yield return (name, value);
            }
        }
    }

    /// <summary>The name and value of <c>PushProperty("TraceId", v)</c> and its Serilog and NLog kin.</summary>
    private static IEnumerable<(string Name, ExpressionSyntax Value)> PropertyValue(InvocationExpressionSyntax invocation, SemanticModel model)
    {
        var arguments = invocation.ArgumentList.Arguments;
        if (arguments.Count >= 2 && model.GetConstantValue(arguments[0].Expression).Value is string name)
        {
            yield return (name, arguments[1].Expression);
        }
    }

    /// <summary><c>TraceId</c>, <c>traceId</c>, <c>trace_id</c>, <c>trace.id</c>, <c>ParentTraceId</c>; not <c>TraceIdentifier</c>.</summary>
    private static bool NamesTraceId(string name)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).ToArray());
        return letters.EndsWith("traceid", StringComparison.OrdinalIgnoreCase);
    }
}
