using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Turns an instrumented method symbol that can be wrapped into a <see cref="MethodModel"/>.</summary>
internal static class MethodModelBuilder
{
    /// <summary>The wrapper's model of a method that <see cref="MethodChecks.Check"/> found wrappable.</summary>
    public static MethodModel Build(
        IMethodSymbol method,
        CheckedMethod checkedMethod,
        CompilationContext types,
        CancellationToken cancellationToken)
    {
        var (filePath, line) = DeclarationPosition(method, types.Compilation);
        return new MethodModel(
            ContainingType: method.ContainingType.ToFullyQualified(),
            Name: Identifiers.Escape(method.Name),
            Receiver: ReceiverOf(method),
            IsExtension: method.IsExtensionMethod,
            TypeParameters: TypeParametersOf(method),
            MethodTypeParameterCount: method.TypeParameters.Length,
            Parameters: method.Parameters.Select(p => ParameterOf(p, checkedMethod.ParameterTags[p.Ordinal])).ToEquatableArray(),
            ReturnType: method.ReturnsVoid ? "void" : method.ReturnType.ToFullyQualified(),
            ReturnAttributes: CarriedAttributes.Of(method.GetReturnTypeAttributes(), "return: "),
            HelperReturnType: method.ReturnsVoid ? "void" : method.ReturnType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToFullyQualified(),
            Shape: checkedMethod.Shape,
            ResultType: checkedMethod.ResultType?.ToFullyQualified(),
            QualifiedName: method.ContainingType.ToDisplayString(SymbolFormats.QualifiedName) + "." + method.Name,
            FilePath: filePath,
            LineNumber: line,
            Access: InterceptionTargets.PlanAccess(method, types, cancellationToken) ?? AccessModel.Direct,
            Attributes: WrapperAttributesParser.Parse(method, types));
    }

    public static Location? LocationOf(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource);

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

    private static ParameterModel ParameterOf(IParameterSymbol parameter, TagModel? tag) => new(
        Name: Identifiers.Escape(parameter.Name),
        Type: parameter.Type.ToFullyQualified(),
        RefKind: RefKindText(parameter.RefKind),
        IsParams: parameter.IsParams,
        IsScoped: parameter.ScopedKind != ScopedKind.None && !IsImplicitlyScoped(parameter),
        IsThis: parameter.Ordinal == 0 && ((IMethodSymbol)parameter.ContainingSymbol).IsExtensionMethod,
        Tag: tag,
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
