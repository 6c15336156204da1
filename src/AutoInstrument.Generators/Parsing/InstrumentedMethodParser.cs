using System.Collections.Generic;
using System.Threading;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads the instrumentation attributes of a method into an <see cref="InstrumentedMethodModel"/>.</summary>
internal static class InstrumentedMethodParser
{
    /// <summary>Null when the method carries no instrumentation attribute, or cannot be wrapped.</summary>
    public static InstrumentedMethodModel? Parse(IMethodSymbol method, CompilationContext types, CancellationToken cancellationToken) =>
        Read(method, types, diagnostics: null, cancellationToken) is { } parts
            ? new InstrumentedMethodModel(
                MethodModelBuilder.Build(method, parts.Method, types, cancellationToken), parts.Tracing, parts.Measuring, types.DeclaringSource(method))
            : null;

    /// <summary>
    /// What <see cref="Parse"/> decides, with the diagnostics that say why a method is not wrapped or not in full, but
    /// without the wrapper's model, which the declaration analyzers never read: whether a model would exist.
    /// </summary>
    public static bool Check(IMethodSymbol method, CompilationContext types, List<Diagnostic> diagnostics, CancellationToken cancellationToken) =>
        Read(method, types, diagnostics, cancellationToken) is not null;

    private static Parts? Read(
        IMethodSymbol method,
        CompilationContext types,
        List<Diagnostic>? diagnostics,
        CancellationToken cancellationToken)
    {
        var traced = InstrumentationAttributes.Find(method, types.Traced);
        var measured = InstrumentationAttributes.Find(method, types.Measured);
        if (traced is null && measured is null)
        {
            return null;
        }

        if (MethodChecks.Check(method, types, diagnostics, cancellationToken) is not { } checkedMethod)
        {
            return null;
        }

        var tracing = traced is null ? null : Tracing(method, traced, checkedMethod.ResultType, types, diagnostics);
        var measuring = measured is null ? null : MeasuringParser.Parse(method, measured, types, diagnostics);
        return tracing is null && measuring is null ? null : new Parts(checkedMethod, tracing, measuring);
    }

    private static TracingModel Tracing(
        IMethodSymbol method,
        AttributeData traced,
        ITypeSymbol? resultType,
        CompilationContext types,
        List<Diagnostic>? diagnostics)
    {
        // A blank name means the default span name (AI0008); a Kind outside ActivityKind means Internal (AI0021).
        var name = InstrumentationAttributes.ConstructorString(traced);
        if (ArgumentRules.IsBlank(name))
        {
            name = null;
        }

        var kind = InstrumentationAttributes.Named(traced, "Kind")?.Value is int value ? ArgumentRules.ActivityKindName(value) ?? "Internal" : "Internal";
        return new TracingModel(
            SpanName: name ?? method.ContainingType.Name + "." + method.Name,
            Kind: kind,
            ReturnTag: TagModels.ForReturn(method, resultType, types, diagnostics));
    }

    /// <summary>What the attributes ask for, read before the wrapper's model is built.</summary>
    private sealed record Parts(CheckedMethod Method, TracingModel? Tracing, MeasuringModel? Measuring);
}
