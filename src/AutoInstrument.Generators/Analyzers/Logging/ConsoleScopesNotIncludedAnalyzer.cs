using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1102: a console logger (<c>AddConsole</c>, whose default formatter is the simple one) or a simple or JSON console
/// formatter that will not write scopes, and so not the trace ID. Flagged when the code sets <c>IncludeScopes = false</c>,
/// or leaves it unset in a set-up that binds no configuration (<c>LoggerFactory.Create</c>, <c>AddLogging</c> on a
/// <c>new ServiceCollection()</c>); elsewhere a host binds <c>Logging:Console:FormatterOptions</c> from configuration,
/// which may turn scopes on. Only where <see cref="TracingEvidence"/> shows that activities are recorded.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsoleScopesNotIncludedAnalyzer : CorrelationAnalyzer
{
    public const string IncludeScopes = nameof(IncludeScopes);

    public ConsoleScopesNotIncludedAnalyzer()
        : base(Descriptors.ConsoleScopesNotIncluded)
    {
    }

    protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var symbols = CorrelationSymbols.From(start.Compilation);
        if (symbols is { ConsoleLoggerExtensions: { } consoleExtensions, LoggerFactory: { } loggerFactory })
        {
            start.RegisterSyntaxNodeAction(node => AnalyzeInvocation(node, consoleExtensions, loggerFactory), SyntaxKind.InvocationExpression);
        }
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, INamedTypeSymbol consoleExtensions, INamedTypeSymbol loggerFactory)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var methodName = InvocationNames.MethodName(invocation);
        if (methodName is not ("AddConsole" or "AddSimpleConsole" or "AddJsonConsole")
            || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method
            || !SymbolEqualityComparer.Default.Equals(method.ContainingType, consoleExtensions)
            || (methodName == "AddConsole" && ChoosesFormatterElsewhere(invocation)))
        {
            return;
        }

        var configure = invocation.ArgumentList.Arguments.Select(argument => argument.Expression).OfType<LambdaExpressionSyntax>().FirstOrDefault();
        var includeScopes = configure is null ? null : LoggingConfigurationSyntax.FindAssignment(configure, IncludeScopes);
        var location = includeScopes switch
        {
            null when LoggingConfigurationSyntax.IsInSetupWithoutConfiguration(invocation, context.SemanticModel, loggerFactory) =>
                NameLocation(invocation),
            { Right: var value } when value.IsKind(SyntaxKind.FalseLiteralExpression) => value.GetLocation(),
            _ => null,
        };
        if (location is not null && TracingEvidence.In(context.Compilation, context.CancellationToken))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConsoleScopesNotIncluded, location, methodName));
        }
    }

    /// <summary>A formatter added in the same set-up configures the console logger's output, and is judged itself.</summary>
    private static bool ChoosesFormatterElsewhere(InvocationExpressionSyntax console)
    {
        SyntaxNode setup = console.Ancestors().OfType<LambdaExpressionSyntax>().LastOrDefault() ?? (SyntaxNode?)console.FirstAncestorOrSelf<StatementSyntax>() ?? console;
        return setup.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(invocation =>
            InvocationNames.MethodName(invocation) is "AddSimpleConsole" or "AddJsonConsole" or "AddSystemdConsole" or "AddConsoleFormatter");
    }

    private static Location NameLocation(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax memberAccess ? memberAccess.Name.GetLocation() : invocation.Expression.GetLocation();
}
