using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// AI2001: an activity from <c>StartActivity</c> or <c>Activity.Start()</c> that is discarded, never stopped, or
/// stopped only when nothing before the stop fails. <c>using</c>, a stop in finally and handing the activity on are fine.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ActivityNotStoppedAnalyzer : TracingApiAnalyzer
{
    /// <summary>
    /// Diagnostic property set when the local can be declared with <c>using</c>: a single declarator in a block,
    /// initialised with the activity and never assigned again. The declarator is the diagnostic's additional location.
    /// </summary>
    public const string UsingDeclarationFitsProperty = "UsingDeclarationFits";

    public ActivityNotStoppedAnalyzer()
        : base(Descriptors.ActivityNotStopped)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, TracingApiSymbols symbols) =>
        start.RegisterOperationAction(context => AnalyzeInvocation(context, symbols), OperationKind.Invocation);

    private static void AnalyzeInvocation(OperationAnalysisContext context, TracingApiSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name is not ("StartActivity" or "Start")
            || StartedActivity.Recognize(invocation, symbols) is not { } started)
        {
            return;
        }

        var (fate, local, reassigned) = ActivityLifetime.Judge(started, symbols);
        if (fate == ActivityFate.Ended)
        {
            return;
        }

        var declarator = reassigned ? null : UsingCandidate(local, invocation);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.ActivityNotStopped,
            invocation.Syntax.GetLocation(),
            declarator is null ? null : new[] { declarator.GetLocation() },
            FixProperties(declarator is not null, UsingDeclarationFitsProperty),
            Describe(fate)));
    }

    private static string Describe(ActivityFate fate) => fate switch
    {
        ActivityFate.Discarded => "is discarded",
        ActivityFate.NeverStopped => "is never stopped or disposed",
        _ => "is stopped only when nothing before the stop throws or returns",
    };

    /// <summary>The declarator of <paramref name="local"/> when <c>using</c> can be put in front of its declaration.</summary>
    private static VariableDeclaratorSyntax? UsingCandidate(ILocalSymbol? local, IInvocationOperation start) =>
        local?.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer: { } initializer } declarator
        && declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { Parent: BlockSyntax, IsConst: false } }
        && (initializer.Value.Span.Contains(start.Syntax.Span) || initializer.Value is BaseObjectCreationExpressionSyntax)
        && !local.IsRef
            ? declarator
            : null;
}
