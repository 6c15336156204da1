using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1105: a catch in a [Traced] method that logs an error and does not rethrow. The generated wrapper only sees
/// exceptions that escape, so the span ends Unset while the log says the operation failed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedErrorInTracedMethodAnalyzer : CorrelationAnalyzer
{
    public SwallowedErrorInTracedMethodAnalyzer()
        : base(Descriptors.SwallowedErrorInTracedMethod)
    {
    }

    protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (CorrelationSymbols.From(start.Compilation).TracedAttribute is { } tracedAttribute)
        {
            start.RegisterSyntaxNodeAction(node => AnalyzeCatch(node, tracedAttribute), SyntaxKind.CatchClause);
        }
    }

    private static void AnalyzeCatch(SyntaxNodeAnalysisContext context, INamedTypeSymbol tracedAttribute)
    {
        var catchClause = (CatchClauseSyntax)context.Node;
        var body = NestedFunctions.DescendantsOutsideFunctions(catchClause.Block).ToList();
        if (body.Any(IsRethrowOrStatusSet))
        {
            return;
        }

        // Every call is a candidate: a [LoggerMessage] method can have any name. Nothing is bound before the method is known to be traced.
        var errorLogs = body.OfType<InvocationExpressionSyntax>().ToList();
        if (errorLogs.Count == 0
            || NestedFunctions.EnclosingMember(catchClause) is not { } member
            || context.SemanticModel.GetDeclaredSymbol(member, context.CancellationToken) is not IMethodSymbol method
            || !IsTraced(method, tracedAttribute)
            || !errorLogs.Any(log => ErrorLogCalls.IsErrorLog(log, context.SemanticModel)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.SwallowedErrorInTracedMethod, catchClause.CatchKeyword.GetLocation(), method.Name));
    }

    /// <summary>A throw hands the failure to the wrapper; a SetStatus call or a recorded failure marks the span already.</summary>
    private static bool IsRethrowOrStatusSet(SyntaxNode node) => node switch
    {
        ThrowStatementSyntax or ThrowExpressionSyntax => true,
        InvocationExpressionSyntax invocation => InvocationNames.MethodName(invocation) is "SetStatus" or "Record",
        _ => false,
    };

    private static bool IsTraced(IMethodSymbol method, INamedTypeSymbol tracedAttribute) =>
        HasAttribute(method, tracedAttribute)
        || (method.DeclaredAccessibility == Accessibility.Public && HasAttribute(method.ContainingType, tracedAttribute));

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol attribute) =>
        symbol.GetAttributes().Any(data => SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute));
}
