using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Finds the calls of instrumented methods: a syntax check first, binding only for names that can match.</summary>
internal static class CallSiteParser
{
    /// <summary>The tree's invocations whose invoked method has a name: those an instrumented method can be.</summary>
    public static ImmutableArray<InvocationExpressionSyntax> Candidates(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var candidates = ImmutableArray.CreateBuilder<InvocationExpressionSyntax>();
        foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation && InvokedName(invocation) is not null)
            {
                candidates.Add(invocation);
            }
        }

        return candidates.ToImmutable();
    }

    public static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>The call as an interception, or null when it does not call an instrumented method that can be intercepted.</summary>
    /// <param name="calledMethod">The method the call binds to, whose declaration the result was read from; null when it binds to none.</param>
    public static CallSiteModel? Parse(
        InvocationExpressionSyntax invocation,
        CompilationContext types,
        out IMethodSymbol? calledMethod,
        CancellationToken cancellationToken)
    {
        calledMethod = null;
        if (IsBaseCall(invocation))
        {
            return null;
        }

        var semanticModel = types.SemanticModel(invocation.SyntaxTree);
        if (semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol called)
        {
            return null;
        }

        var method = (called.ReducedFrom ?? called).OriginalDefinition;
        calledMethod = method;
        if (InterceptionTargets.IsPartialForm(method)
            || InterceptionTargets.IsConstrainedCallOnPossibleStruct(method, ReceiverType(invocation, semanticModel, cancellationToken))
            || InterceptionTargets.PlanAccess(method, types, cancellationToken) is null
            || IsInExpressionTree(invocation, semanticModel, cancellationToken))
        {
            return null;
        }

        var target = types.InstrumentedMethod(method, cancellationToken);
        var location = semanticModel.GetInterceptableLocation(invocation, cancellationToken);
        if (target is null || location is null)
        {
            return null;
        }

        var position = invocation.GetLocation().GetLineSpan();
        var display = $"{Path.GetFileName(position.Path)}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1})";
        return new CallSiteModel(TargetKey(method), target, new InterceptionLocationModel(location.Version, location.Data, display));
    }

    // The documentation ID names a method within its assembly; a file-local type's methods are also told apart by file.
    private static string TargetKey(IMethodSymbol method) => string.Join(
        "|",
        method.ContainingAssembly?.Identity.ToString(),
        method.GetDocumentationCommentId() ?? method.ToDisplayString(),
        IsInFileLocalType(method) ? method.Locations.FirstOrDefault()?.SourceTree?.FilePath : null);

    private static bool IsInFileLocalType(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsFileLocal)
            {
                return true;
            }
        }

        return false;
    }

    private static ITypeSymbol? ReceiverType(InvocationExpressionSyntax invocation, SemanticModel semanticModel, CancellationToken cancellationToken) =>
        invocation.Expression is MemberAccessExpressionSyntax memberAccess
            ? semanticModel.GetTypeInfo(memberAccess.Expression, cancellationToken).Type
            : null;

    private static bool IsBaseCall(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax };

    private static bool IsInExpressionTree(InvocationExpressionSyntax invocation, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        foreach (var lambda in invocation.Ancestors().OfType<LambdaExpressionSyntax>())
        {
            var convertedType = semanticModel.GetTypeInfo(lambda, cancellationToken).ConvertedType;
            if (convertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: var ns } && ns.ToDisplayString() == "System.Linq.Expressions")
            {
                return true;
            }
        }

        return false;
    }
}
