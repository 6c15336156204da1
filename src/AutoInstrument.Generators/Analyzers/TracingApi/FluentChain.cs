using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// Activity's setters return the activity itself, so <c>source.StartActivity("x")?.SetTag("a", 1)</c> still holds the
/// started activity at its end.
/// </summary>
internal static class FluentChain
{
    /// <summary>The outermost operation around <paramref name="activity"/> whose value is still that activity.</summary>
    public static IOperation Outermost(IOperation activity, TracingApiSymbols symbols)
    {
        var current = activity;
        while (true)
        {
            switch (current.Parent)
            {
                case IConversionOperation conversion:
                    current = conversion;
                    break;
                case IInvocationOperation call when call.Instance == current && ReturnsItself(call.TargetMethod, symbols):
                    current = call;
                    break;
                case IConditionalAccessOperation access when access.Operation == current && symbols.IsActivity(access.Type):
                    current = access;
                    break;
                default:
                    return current;
            }
        }
    }

    private static bool ReturnsItself(IMethodSymbol method, TracingApiSymbols symbols) =>
        !method.IsStatic && symbols.IsActivity(method.ContainingType) && symbols.IsActivity(method.ReturnType);
}
