using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// What decides whether an instrumented method can be wrapped, and every diagnostic about its shape and parameter tags:
/// the part of <see cref="MethodModelBuilder"/> the declaration analyzers need. They stop here, while the generator goes
/// on to the wrapper's text (display strings, carried attributes, type parameters), which reports nothing.
/// </summary>
internal static class MethodChecks
{
    /// <summary>Null when the method cannot be wrapped (AI0003 says why).</summary>
    public static CheckedMethod? Check(
        IMethodSymbol method,
        CompilationContext types,
        List<Diagnostic>? diagnostics,
        CancellationToken cancellationToken)
    {
        var unsupported = FindUnsupportedShape(method);
        if (unsupported is not null)
        {
            diagnostics?.Add(Diagnostic.Create(Descriptors.UnsupportedMethodShape, MethodModelBuilder.LocationOf(method), method.Name, unsupported));
            return null;
        }

        var (shape, resultType) = ReturnShapes.Classify(method, types, cancellationToken);
        if (shape == ReturnShape.Value && ReturnShapes.IsOtherAwaitable(method.ReturnType))
        {
            diagnostics?.Add(Diagnostic.Create(
                Descriptors.AwaitableWrappedSynchronously, MethodModelBuilder.LocationOf(method), method.Name, method.ReturnType.ToDisplayString()));
        }

        var parameterTags = method.Parameters.Select(p => TagModels.ForParameter(p, types, diagnostics)).ToImmutableArray();
        return new CheckedMethod(shape, resultType, parameterTags);
    }

    private static string? FindUnsupportedShape(IMethodSymbol method)
    {
        // A C# 14 extension block compiles to a type no code can name, so no wrapper can declare its receiver.
        if (!method.ContainingType.CanBeReferencedByName)
        {
            return "it is a member of an extension block, which generated code cannot name; declare it as a classic extension method ('this' on its first parameter) to instrument it";
        }

        if (ContainingTypes.Of(method).FirstOrDefault(t => t.IsFileLocal) is { } fileLocal)
        {
            return $"'{fileLocal.Name}' is a file-local type, which generated code in another file cannot name; make it internal to instrument its methods";
        }

        if (method.IsStatic && method.ContainingType.TypeKind == TypeKind.Interface && (method.IsAbstract || method.IsVirtual))
        {
            return "it is a static abstract or virtual interface member, which is only reached through a type parameter that an interceptor cannot declare; put the attribute on the implementations instead";
        }

        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            return "it returns by reference, which a wrapper cannot forward";
        }

        if (method.IsVararg)
        {
            return "it takes __arglist";
        }

        if (method.ReturnType.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer
            || method.Parameters.Any(p => p.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer))
        {
            return "it uses pointer types, which need an unsafe context";
        }

        return null;
    }
}

/// <summary>A method <see cref="MethodChecks"/> found wrappable: how it returns, and the tag of each parameter (null where it has none).</summary>
internal sealed record CheckedMethod(ReturnShape Shape, ITypeSymbol? ResultType, ImmutableArray<TagModel?> ParameterTags);
