using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Decides how the wrapper observes the end of a method's work from its return type.</summary>
internal static class ReturnShapes
{
    public static (ReturnShape Shape, ITypeSymbol? ResultType) Classify(IMethodSymbol method, CompilationContext types, CancellationToken cancellationToken)
    {
        if (method.ReturnsVoid)
        {
            return (ReturnShape.Void, null);
        }

        var returnType = method.ReturnType;
        var definition = returnType.OriginalDefinition;
        var firstTypeArgument = returnType is INamedTypeSymbol { TypeArguments.Length: 1 } named ? named.TypeArguments[0] : null;

        if (Is(returnType, types.Task))
        {
            return (ReturnShape.Task, null);
        }

        if (Is(returnType, types.ValueTask))
        {
            return (ReturnShape.ValueTask, null);
        }

        if (Is(definition, types.TaskOfT))
        {
            return (ReturnShape.TaskOfT, firstTypeArgument);
        }

        if (Is(definition, types.ValueTaskOfT))
        {
            return (ReturnShape.ValueTaskOfT, firstTypeArgument);
        }

        if (Is(definition, types.AsyncEnumerableOfT))
        {
            return (ReturnShape.AsyncEnumerable, firstTypeArgument);
        }

        if (definition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T && IsIterator(method, cancellationToken))
        {
            return (ReturnShape.Enumerable, firstTypeArgument);
        }

        return (ReturnShape.Value, returnType);
    }

    /// <summary>An awaitable the wrapper does not know how to follow (a custom awaiter, <c>IAsyncResult</c>-style types).</summary>
    public static bool IsOtherAwaitable(ITypeSymbol type) =>
        type.GetMembers("GetAwaiter").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 0 && !m.IsStatic);

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? wellKnown) =>
        wellKnown is not null && SymbolEqualityComparer.Default.Equals(type, wellKnown);

    /// <summary>A method with a <c>yield</c> in its body (or compiled as an iterator, in metadata), or whose partial-form body has one.</summary>
    public static bool IsIterator(IMethodSymbol method, CancellationToken cancellationToken)
    {
        // A declaration in the partial form has no body of its own: its ...Core method is the iterator.
        if (InterceptionTargets.IsPartialForm(method))
        {
            return PartialFormParser.CoreOf(method) is { } core && IsIterator(core, cancellationToken);
        }

        if (method.GetAttributes().Any(a => MetadataNames.Is(a.AttributeClass, AttributeNames.IteratorStateMachine)))
        {
            return true;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration && ContainsYield(declaration))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsYield(MethodDeclarationSyntax declaration)
    {
        SyntaxNode? body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody;
        return body is not null && body
            .DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Any(node => node is YieldStatementSyntax);
    }
}
