using System.Collections.Generic;
using System.Threading;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads the instrumentation attributes of a method into an <see cref="InstrumentedMethodModel"/>.</summary>
internal static class InstrumentedMethodParser
{
    /// <summary>Null when the method carries no instrumentation attribute, or cannot be wrapped (then a diagnostic says why).</summary>
    public static InstrumentedMethodModel? Parse(
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

        if (MethodModelBuilder.Build(method, types, diagnostics, cancellationToken) is not var (model, resultType))
        {
            return null;
        }

        var tracing = traced is null ? null : Tracing(method, traced, resultType, types, diagnostics);
        var measuring = measured is null ? null : MeasuringParser.Parse(method, measured, types, diagnostics);
        return tracing is null && measuring is null ? null : new InstrumentedMethodModel(model, tracing, measuring, types.DeclaringSource(method));
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
}
