using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>The body of the method, lambda or local function an operation runs in, and what runs in that body itself.</summary>
internal static class FunctionBodies
{
    /// <summary>The outermost operation of the function that contains <paramref name="operation"/>.</summary>
    public static IOperation Of(IOperation operation)
    {
        while (operation.Parent is { } parent && !IsFunction(parent))
        {
            operation = parent;
        }

        return operation;
    }

    /// <summary>The operations of <paramref name="body"/>, leaving out those of the lambdas and local functions inside it.</summary>
    public static IEnumerable<IOperation> OwnOperations(IOperation body) =>
        body.Descendants().Where(operation => !IsInNestedFunction(operation, body));

    public static bool IsInNestedFunction(IOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (IsFunction(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="operation"/> runs in the finally block of a try statement inside <paramref name="body"/>.</summary>
    public static bool IsInFinally(IOperation operation, IOperation body)
    {
        for (var current = operation; current.Parent is { } parent && current != body; current = parent)
        {
            if (parent is ITryOperation @try && @try.Finally == current)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the function of <paramref name="body"/> is async; <paramref name="member"/> is the member analyzed.</summary>
    public static bool IsAsync(IOperation body, ISymbol member) => body.Parent switch
    {
        IAnonymousFunctionOperation lambda => lambda.Symbol.IsAsync,
        ILocalFunctionOperation local => local.Symbol.IsAsync,
        _ => member is IMethodSymbol { IsAsync: true },
    };

    /// <summary>
    /// Whether the function of <paramref name="body"/> is a lambda handed to <c>Task.Run</c>, <c>TaskFactory.StartNew</c>,
    /// <c>ThreadPool.QueueUserWorkItem</c> or a new <c>Thread</c>: it runs on its own flow, whose async-local values
    /// never reach the code that queued it.
    /// </summary>
    public static bool RunsOnItsOwnFlow(IOperation body) =>
        body.Parent is IAnonymousFunctionOperation { Parent: IDelegateCreationOperation { Parent: IArgumentOperation { Parent: var call } } }
        && call switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.ContainingType.ToDisplayString() is
                "System.Threading.Tasks.Task" or "System.Threading.Tasks.TaskFactory" or "System.Threading.ThreadPool",
            IObjectCreationOperation creation => creation.Type?.ToDisplayString() == "System.Threading.Thread",
            _ => false,
        };

    private static bool IsFunction(IOperation operation) => operation is IAnonymousFunctionOperation or ILocalFunctionOperation;
}
