using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// AI2004: <c>Activity.Current = …</c> in a function that assigns it nowhere in a finally block. An assignment in a
/// finally block is the restore itself. Async methods and lambdas are left alone: the runtime gives their caller back
/// its own async-local values when they return; so are lambdas queued to run on a flow of their own (<c>Task.Run</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CurrentActivityNotRestoredAnalyzer : TracingApiAnalyzer
{
    /// <summary>
    /// Diagnostic property set when the statements after the assignment can move into a try block whose finally
    /// restores the previous value: the assignment is a statement of a block followed by statements, none of them a
    /// local function or a label that code before it could reach.
    /// </summary>
    public const string TryFinallyFitsProperty = "TryFinallyFits";

    public CurrentActivityNotRestoredAnalyzer()
        : base(Descriptors.CurrentActivityNotRestored)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, TracingApiSymbols symbols) =>
        start.RegisterOperationAction(context => AnalyzeAssignment(context, symbols), OperationKind.SimpleAssignment);

    private static void AnalyzeAssignment(OperationAnalysisContext context, TracingApiSymbols symbols)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (!IsCurrentActivity(assignment.Target, symbols))
        {
            return;
        }

        var body = FunctionBodies.Of(assignment);
        if (FunctionBodies.IsInFinally(assignment, body)
            || IsRestore(assignment, body, symbols)
            || FunctionBodies.IsAsync(body, context.ContainingSymbol)
            || FunctionBodies.RunsOnItsOwnFlow(body)
            || FunctionBodies.OwnOperations(body).OfType<ISimpleAssignmentOperation>()
                .Any(other => IsCurrentActivity(other.Target, symbols) && FunctionBodies.IsInFinally(other, body)))
        {
            return;
        }

        var properties = FixProperties(TryFinallyFits(assignment), TryFinallyFitsProperty);
        var member = context.ContainingSymbol is IMethodSymbol { AssociatedSymbol: { } owner } ? owner : context.ContainingSymbol;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CurrentActivityNotRestored, assignment.Syntax.GetLocation(), properties, member.Name));
    }

    private static bool IsCurrentActivity(IOperation target, TracingApiSymbols symbols) =>
        target is IPropertyReferenceOperation { Property: { Name: "Current", IsStatic: true } property } && symbols.IsActivity(property.ContainingType);

    /// <summary>
    /// Whether the assignment puts back what was current before: a value saved from Activity.Current in this function
    /// (reported where the activity was made current, not where it is restored too late), or the parent of an activity,
    /// which is what was current when <c>StartActivity</c> made it current.
    /// </summary>
    private static bool IsRestore(ISimpleAssignmentOperation assignment, IOperation body, TracingApiSymbols symbols) =>
        Operations.WithoutConversions(assignment.Value) switch
        {
            IPropertyReferenceOperation { Property.Name: "Parent" } parent => symbols.IsActivity(parent.Property.ContainingType),
            ILocalReferenceOperation saved => body.Descendants().OfType<IVariableDeclaratorOperation>().Any(declarator =>
                SymbolEqualityComparer.Default.Equals(declarator.Symbol, saved.Local)
                && Operations.WithoutConversions(declarator.Initializer?.Value) is { } initial
                && IsCurrentActivity(initial, symbols)),
            _ => false,
        };

    private static bool TryFinallyFits(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Parent?.Syntax is not ExpressionStatementSyntax { Parent: BlockSyntax block } statement)
        {
            return false;
        }

        var rest = block.Statements.SkipWhile(other => other != statement).Skip(1).ToList();
        return rest.Count > 0 && !rest.Any(other => other is LocalFunctionStatementSyntax or LabeledStatementSyntax);
    }
}
