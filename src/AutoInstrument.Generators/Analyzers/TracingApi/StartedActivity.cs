using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// A call that starts an activity: <c>ActivitySource.StartActivity(…)</c> (any overload) or <c>Activity.Start()</c>
/// on a new activity or on a local. <see cref="Local"/> is set when the call starts the activity a local holds.
/// </summary>
internal sealed class StartedActivity
{
    private StartedActivity(IInvocationOperation start, ILocalSymbol? local)
    {
        Start = start;
        Local = local;
    }

    public IInvocationOperation Start { get; }

    public ILocalSymbol? Local { get; }

    /// <summary>The activity <paramref name="invocation"/> starts, or null when it starts none this rule can follow.</summary>
    public static StartedActivity? Recognize(IInvocationOperation invocation, TracingApiSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (method.Name == "StartActivity" && symbols.IsActivitySource(method.ContainingType))
        {
            return new StartedActivity(invocation, null);
        }

        if (method is not { Name: "Start", IsStatic: false, Parameters.Length: 0 } || !symbols.IsActivity(method.ContainingType))
        {
            return null;
        }

        return Operations.WithoutConversions(invocation.Instance) switch
        {
            IObjectCreationOperation => new StartedActivity(invocation, null),
            ILocalReferenceOperation local when invocation.Parent is IExpressionStatementOperation => new StartedActivity(invocation, local.Local),
            _ => null,
        };
    }
}
