using System.Threading;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Parsing.Reuse;

/// <summary>Parses a call once for as long as the result holds (<see cref="ReuseTable{TNode, TModel}"/>): an edit re-binds only the calls it can have changed.</summary>
internal static class CallSiteReuse
{
    private static readonly ReuseTable<InvocationExpressionSyntax, CallSiteModel?> CallSites = new();

    public static CallSiteModel? Parse(InvocationExpressionSyntax invocation, CompilationContext context, CancellationToken cancellationToken) =>
        CallSites.GetOrRead(invocation, context.Compilation, () =>
        {
            var callSite = CallSiteParser.Parse(invocation, context, out var calledMethod, cancellationToken);

            // The called method's model holds its line number and its body's shape: it is read again when its trees change.
            return (callSite, DeclaringTrees.Of(calledMethod));
        });
}
