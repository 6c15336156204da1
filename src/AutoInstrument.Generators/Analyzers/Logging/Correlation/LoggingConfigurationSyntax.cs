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

    /// <summary>Whether the node sits in the configure lambda of <c>LoggerFactory.Create</c>, where no configuration file is bound.</summary>
    public static bool IsInLoggerFactoryCreate(SyntaxNode node, SemanticModel model, INamedTypeSymbol loggerFactory) =>
        node.Ancestors().OfType<InvocationExpressionSyntax>().Any(invocation =>
            InvocationNames.MethodName(invocation) == "Create"
            && model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, loggerFactory));
}
