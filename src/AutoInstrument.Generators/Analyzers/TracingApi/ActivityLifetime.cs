using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// Follows a started activity through the function that starts it. Any use the rule cannot read (returned, stored in
/// a field, passed to a method, captured by a lambda, copied to another variable) hands the activity on, and the
/// rule trusts whoever receives it.
/// </summary>
internal static class ActivityLifetime
{
    public static (ActivityFate Fate, ILocalSymbol? Local, bool Reassigned) Judge(StartedActivity started, TracingApiSymbols symbols)
    {
        if (started.Local is { } startedLocal)
        {
            return JudgeLocal(startedLocal, started.Start, symbols);
        }

        var value = FluentChain.Outermost(started.Start, symbols);
        return value.Parent switch
        {
            IExpressionStatementOperation or ISimpleAssignmentOperation { Target: IDiscardOperation } => (ActivityFate.Discarded, null, false),
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == value =>
                JudgeLocal(target.Local, started.Start, symbols),
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => JudgeLocal(declarator.Symbol, started.Start, symbols),
            _ => (ActivityFate.Ended, null, false),
        };
    }

    private static (ActivityFate, ILocalSymbol?, bool) JudgeLocal(ILocalSymbol local, IInvocationOperation start, TracingApiSymbols symbols)
    {
        if (IsDeclaredWithUsing(local))
        {
            return (ActivityFate.Ended, local, false);
        }

        var body = FunctionBodies.Of(start);
        var stops = new List<IOperation>();
        var reassigned = false;
        foreach (var reference in body.Descendants().OfType<ILocalReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            switch (Use(reference, FunctionBodies.IsInNestedFunction(reference, body)))
            {
                case LocalUse.HandedOn:
                    return (ActivityFate.Ended, local, reassigned);
                case LocalUse.Written:
                    reassigned |= reference.Parent is ISimpleAssignmentOperation { Value: var assigned } && !start.Syntax.Span.IntersectsWith(assigned.Syntax.Span);
                    break;
                case LocalUse.Stopped:
                    stops.Add(reference);
                    break;
            }
        }

        return (Fate(stops, start, body, symbols), local, reassigned);
    }

    private static ActivityFate Fate(List<IOperation> stops, IInvocationOperation start, IOperation body, TracingApiSymbols symbols)
    {
        if (stops.Any(stop => FunctionBodies.IsInFinally(stop, body)) || StopsInTryAndCatchAll(stops))
        {
            return ActivityFate.Ended;
        }

        var startEnd = start.Syntax.Span.End;
        var firstStop = stops.Where(stop => stop.Syntax.SpanStart > startEnd).OrderBy(stop => stop.Syntax.SpanStart).FirstOrDefault();
        if (firstStop is null)
        {
            return ActivityFate.NeverStopped;
        }

        var stopStart = firstStop.Syntax.SpanStart;
        return FunctionBodies.OwnOperations(body).Any(operation =>
                operation.Syntax.SpanStart > startEnd && operation.Syntax.SpanStart < stopStart && CanFailOrLeave(operation, symbols))
            ? ActivityFate.StoppedOnSuccessOnly
            : ActivityFate.Ended;
    }

    /// <summary>
    /// Whether a try statement stops the activity at the end of its body and in a catch clause that takes every
    /// exception, the hand-written form of a finally block.
    /// </summary>
    private static bool StopsInTryAndCatchAll(List<IOperation> stops) =>
        stops.Select(CatchAllClauseAround).OfType<ICatchClauseOperation>().Any(clause =>
            clause.Parent is ITryOperation @try && stops.Any(stop => @try.Body.Syntax.Span.Contains(stop.Syntax.Span)));

    private static ICatchClauseOperation? CatchAllClauseAround(IOperation stop)
    {
        for (var current = stop.Parent; current is not null; current = current.Parent)
        {
            if (current is ICatchClauseOperation { Filter: null } clause)
            {
                return clause.ExceptionType is { SpecialType: SpecialType.System_Object } || clause.ExceptionType.ToDisplayString() == "System.Exception"
                    ? clause
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// What can skip a stop that follows it. The members of Activity itself are left out: setting tags and events
    /// between start and stop is what the code is for, and they do not throw.
    /// </summary>
    private static bool CanFailOrLeave(IOperation operation, TracingApiSymbols symbols) => operation switch
    {
        IInvocationOperation call => !symbols.IsActivity(call.TargetMethod.ContainingType),
        IObjectCreationOperation or IAwaitOperation or IThrowOperation or IReturnOperation => true,
        IDynamicInvocationOperation or IDynamicObjectCreationOperation => true,
        _ => false,
    };

    private enum LocalUse
    {
        Read,
        Written,
        Stopped,
        HandedOn,
    }

    private static LocalUse Use(ILocalReferenceOperation reference, bool captured)
    {
        if (captured)
        {
            return LocalUse.HandedOn;
        }

        var outer = Operations.OuterConversion(reference);
        return outer.Parent switch
        {
            ISimpleAssignmentOperation assignment when assignment.Target == outer => LocalUse.Written,
            IInvocationOperation call when call.Instance == outer => IsStop(call.TargetMethod) ? LocalUse.Stopped : LocalUse.Read,
            IMemberReferenceOperation member when member.Instance == outer => LocalUse.Read,
            IConditionalAccessOperation access when access.Operation == outer =>
                access.WhenNotNull is IInvocationOperation { Instance: IConditionalAccessInstanceOperation } call && IsStop(call.TargetMethod)
                    ? LocalUse.Stopped
                    : LocalUse.Read,
            IBinaryOperation or IIsPatternOperation => LocalUse.Read,
            _ => LocalUse.HandedOn,
        };
    }

    private static bool IsStop(IMethodSymbol method) => method is { Name: "Stop" or "Dispose", Parameters.Length: 0, IsStatic: false };

    private static bool IsDeclaredWithUsing(ILocalSymbol local) =>
        local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration }
        && declaration.Parent is UsingStatementSyntax or LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 };
}
