using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1107: <c>Activity.Current.TraceId</c> read without a null check. Activity.Current is null whenever the span is
/// not recorded, so hand-built correlation throws in exactly the runs that are not traced.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CurrentActivityNotNullCheckedAnalyzer : CorrelationAnalyzer
{
    /// <summary>Diagnostic property set when <c>?.</c> can replace the member access and the code still compiles.</summary>
    public const string ConditionalAccessFitsProperty = "ConditionalAccessFits";

    public CurrentActivityNotNullCheckedAnalyzer()
        : base(Descriptors.CurrentActivityNotNullChecked)
    {
    }

    protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        if (CorrelationSymbols.From(start.Compilation).Activity is { } activity)
        {
            start.RegisterSyntaxNodeAction(node => AnalyzeMemberAccess(node, activity), SyntaxKind.SimpleMemberAccessExpression);
        }
    }

    private static void AnalyzeMemberAccess(SyntaxNodeAnalysisContext context, INamedTypeSymbol activity)
    {
        var memberAccess = (MemberAccessExpressionSyntax)context.Node;
        if (memberAccess.Name.Identifier.ValueText != "TraceId"
            || !ActivitySyntax.IsCurrentActivity(memberAccess.Expression)
            || IsNullChecked(memberAccess)
            || context.SemanticModel.GetSymbolInfo(memberAccess, context.CancellationToken).Symbol is not IPropertySymbol property
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, activity))
        {
            return;
        }

        var properties = ConditionalAccessFits(memberAccess, context.SemanticModel)
            ? ImmutableDictionary<string, string?>.Empty.Add(ConditionalAccessFitsProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CurrentActivityNotNullChecked, memberAccess.GetLocation(), properties));
    }

    /// <summary>
    /// Any comparison of Activity.Current with null, or pattern match on it, in the same body counts as a check:
    /// following the flow is the compiler's job, and a rule that guesses wrong here would be noise.
    /// </summary>
    private static bool IsNullChecked(MemberAccessExpressionSyntax memberAccess)
    {
        var body = memberAccess.Ancestors().FirstOrDefault(IsBody) ?? memberAccess.SyntaxTree.GetRoot();
        return body.DescendantNodes().Any(node => node switch
        {
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression) =>
                ActivitySyntax.IsCurrentActivity(binary.Left) || ActivitySyntax.IsCurrentActivity(binary.Right),
            IsPatternExpressionSyntax pattern => ActivitySyntax.IsCurrentActivity(pattern.Expression),
            _ => false,
        });
    }

    private static bool IsBody(SyntaxNode node) =>
        NestedFunctions.IsFunction(node) || node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or GlobalStatementSyntax;

    /// <summary>
    /// <c>?.</c> turns the result of the access chain into a nullable value; that still compiles where the chain
    /// ends in a reference type, an object or an interpolation hole, which is where trace IDs get logged.
    /// </summary>
    private static bool ConditionalAccessFits(MemberAccessExpressionSyntax memberAccess, SemanticModel model)
    {
        var chain = ConditionalAccessChain.Top(memberAccess);
        if (chain.Parent is InterpolationSyntax)
        {
            return true;
        }

        return model.GetTypeInfo(chain).ConvertedType is { IsReferenceType: true };
    }
}
