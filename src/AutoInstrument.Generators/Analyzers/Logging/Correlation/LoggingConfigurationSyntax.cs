using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>Syntax shapes of logging set-up code: option assignments, configure lambdas and output templates.</summary>
internal static class LoggingConfigurationSyntax
{
    /// <summary>The name of the member an assignment writes: <c>X</c> in <c>o.X = …</c> and in <c>new T { X = … }</c>.</summary>
    public static string? AssignedMemberName(AssignmentExpressionSyntax assignment) => assignment.Left switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        _ => null,
    };

    public static AssignmentExpressionSyntax? FindAssignment(SyntaxNode scope, string memberName) =>
        scope.DescendantNodes().OfType<AssignmentExpressionSyntax>().FirstOrDefault(assignment => AssignedMemberName(assignment) == memberName);

    /// <summary>
    /// Whether text written for a log line already names a trace ID in any spelling: <c>{TraceId}</c>,
    /// <c>{trace_id}</c>, <c>${activity:property=TraceId}</c>, <c>${scopeproperty:TraceId}</c>.
    /// </summary>
    public static bool MentionsTraceId(string text) =>
        new string(text.Where(char.IsLetterOrDigit).ToArray()).IndexOf("traceid", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// Whether the node sits in a logging set-up that binds no configuration, so the options written in code are all
    /// there is: the configure lambda of <c>LoggerFactory.Create</c>, or of <c>AddLogging</c> on a
    /// <c>new ServiceCollection()</c> made in the same member (a host's services bind <c>Logging</c> from its
    /// configuration), when that lambda does not call <c>AddConfiguration</c> itself.
    /// </summary>
    public static bool IsInSetupWithoutConfiguration(SyntaxNode node, SemanticModel model, INamedTypeSymbol loggerFactory) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>().Any(invocation =>
            InvocationNames.MethodName(invocation) switch
            {
                "Create" => model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType, loggerFactory),
                "AddLogging" => invocation.Expression is MemberAccessExpressionSyntax { Expression: var services }
                    && IsNewServiceCollection(services, model),
                _ => false,
            }
            && !invocation.ArgumentList.DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Any(call => InvocationNames.MethodName(call) == "AddConfiguration"));

    /// <summary><c>new ServiceCollection()</c>, written in place or as the initializer of the local the call is made on.</summary>
    private static bool IsNewServiceCollection(ExpressionSyntax services, SemanticModel model)
    {
        if (services is IdentifierNameSyntax
            && model.GetSymbolInfo(services).Symbol is ILocalSymbol local
            && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var initializer })
        {
            services = initializer;
        }

        return services is BaseObjectCreationExpressionSyntax creation
            && model.GetTypeInfo(creation).Type is { Name: "ServiceCollection" } type
            && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.DependencyInjection";
    }
}
