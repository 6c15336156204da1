using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Turns an instrumented method symbol into a <see cref="MethodModel"/>, or says why it cannot be wrapped.</summary>
internal static class MethodModelBuilder
{
    /// <returns>The model, and the type of the value the method produces (for a result tag); null when it cannot be wrapped.</returns>
    public static (MethodModel Model, ITypeSymbol? ResultType)? Build(
        IMethodSymbol method,
        CompilationContext types,
        List<Diagnostic>? diagnostics,
        CancellationToken cancellationToken)
    {
        var unsupported = FindUnsupportedShape(method);
        if (unsupported is not null)
        {
            diagnostics?.Add(Diagnostic.Create(Descriptors.UnsupportedMethodShape, LocationOf(method), method.Name, unsupported));
            return null;
        }

        var (shape, resultType) = ReturnShapes.Classify(method, types, cancellationToken);
        if (shape == ReturnShape.Value && ReturnShapes.IsOtherAwaitable(method.ReturnType))
        {
            diagnostics?.Add(Diagnostic.Create(
                Descriptors.AwaitableWrappedSynchronously, LocationOf(method), method.Name, method.ReturnType.ToDisplayString()));
        }

        var (filePath, line) = DeclarationPosition(method, types.Compilation);
        var model = new MethodModel(
            ContainingType: method.ContainingType.ToFullyQualified(),
            Name: Identifiers.Escape(method.Name),
            Receiver: ReceiverOf(method),
            IsExtension: method.IsExtensionMethod,
            TypeParameters: TypeParametersOf(method),
            MethodTypeParameterCount: method.TypeParameters.Length,
            Parameters: method.Parameters.Select(p => ParameterOf(p, types, diagnostics)).ToEquatableArray(),
            ReturnType: method.ReturnsVoid ? "void" : method.ReturnType.ToFullyQualified(),
            ReturnAttributes: CarriedAttributes.Of(method.GetReturnTypeAttributes(), "return: "),
            HelperReturnType: method.ReturnsVoid ? "void" : method.ReturnType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualified(),
            Shape: shape,
            ResultType: resultType?.ToFullyQualified(),
            QualifiedName: method.ContainingType.ToDisplayString(SymbolFormats.QualifiedName) + "." + method.Name,
            FilePath: filePath,
            LineNumber: line,
            Access: InterceptionTargets.PlanAccess(method, types, cancellationToken) ?? AccessModel.Direct,
            Attributes: WrapperAttributesParser.Parse(method, types));
        return (model, resultType);
    }

    public static Location? LocationOf(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource);

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

    private static ReceiverKind ReceiverOf(IMethodSymbol method)
    {
        if (method.IsStatic)
        {
            return ReceiverKind.None;
        }

        if (!method.ContainingType.IsValueType)
        {
            return ReceiverKind.Reference;
        }

        return method.IsReadOnly || method.ContainingType.IsReadOnly ? ReceiverKind.ReadOnlyStruct : ReceiverKind.Struct;
    }

    private static EquatableArray<TypeParameterModel> TypeParametersOf(IMethodSymbol method)
    {
        var all = new List<ITypeParameterSymbol>();
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            all.InsertRange(0, type.TypeParameters);
        }

        all.AddRange(method.TypeParameters);
        return all.Select(t => new TypeParameterModel(Identifiers.Escape(t.Name), TypeConstraints.Clause(t), CarriedAttributes.Of(t.GetAttributes()))).ToEquatableArray();
    }

    private static ParameterModel ParameterOf(IParameterSymbol parameter, CompilationContext types, List<Diagnostic>? diagnostics) => new(
        Name: Identifiers.Escape(parameter.Name),
        Type: parameter.Type.ToFullyQualified(),
        RefKind: RefKindText(parameter.RefKind),
        IsParams: parameter.IsParams,
        IsScoped: parameter.ScopedKind != ScopedKind.None && !IsImplicitlyScoped(parameter),
        IsThis: parameter.Ordinal == 0 && ((IMethodSymbol)parameter.ContainingSymbol).IsExtensionMethod,
        Tag: TagModels.ForParameter(parameter, types, diagnostics),
        Attributes: CarriedAttributes.Of(parameter.GetAttributes()));

    // 'out' parameters and 'params' spans are scoped by definition; writing 'scoped' on them again is an error.
    private static bool IsImplicitlyScoped(IParameterSymbol parameter) =>
        parameter.RefKind == RefKind.Out || (parameter.IsParams && parameter.Type.IsRefLikeType);

    private static string RefKindText(RefKind refKind) => refKind switch
    {
        RefKind.Ref => "ref ",
        RefKind.Out => "out ",
        RefKind.In => "in ",
        RefKind.RefReadOnlyParameter => "ref readonly ",
        _ => string.Empty,
    };

    /// <summary>
    /// The file and line as <c>[CallerFilePath]</c> and <c>[CallerLineNumber]</c> would give them: <c>#line</c> applied, and
    /// the path mapped by the compiler's resolver (<c>PathMap</c>, set by <c>ContinuousIntegrationBuild</c> and
    /// deterministic builds), so the build machine's directories never end up in the assembly.
    /// </summary>
    private static (string FilePath, int Line) DeclarationPosition(IMethodSymbol method, Compilation compilation)
    {
        var location = LocationOf(method);
        if (location is null)
        {
            return (string.Empty, 0);
        }

        var span = location.GetMappedLineSpan();
        var treePath = location.SourceTree!.FilePath;
        var resolver = compilation.Options.SourceReferenceResolver;
        var path = span.HasMappedPath
            ? resolver?.NormalizePath(span.Path, baseFilePath: treePath) ?? span.Path
            : resolver?.NormalizePath(treePath, baseFilePath: null) ?? treePath;
        return (path, span.StartLinePosition.Line + 1);
    }
}
