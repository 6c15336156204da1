using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// Reads a <c>[Traced]</c> or <c>[Measured]</c> method or type declaration: the names to intercept, the instruments, the
/// partial form. The generator reads only that; the declaration analyzers call <see cref="Check"/> and
/// <see cref="UnsupportedKind"/> to learn why a method is wrapped only in part or not at all, from the same checks, so the
/// two agree by construction and the generator reports nothing.
/// </summary>
internal static class DeclarationParser
{
    public static DeclarationModel ParseTraced(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Parse(context, static (method, types) => InstrumentationAttributes.Find(method, types.Traced) is not null, cancellationToken);

    /// <summary>Methods that are also traced are parsed once, by <see cref="ParseTraced"/>.</summary>
    public static DeclarationModel ParseMeasured(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        Parse(
            context,
            static (method, types) => InstrumentationAttributes.Find(method, types.Measured) is not null
                && InstrumentationAttributes.Find(method, types.Traced) is null,
            cancellationToken);

    private static DeclarationModel Parse(
        GeneratorAttributeSyntaxContext context,
        System.Func<IMethodSymbol, CompilationContext, bool> isInstrumented,
        CancellationToken cancellationToken)
    {
        var types = CompilationContext.For(context.SemanticModel.Compilation);
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        var instruments = new List<InstrumentModel>();
        var partials = new List<PartialMethodModel>();

        foreach (var method in Methods(context.TargetSymbol).Where(m => isInstrumented(m, types)))
        {
            names.Add(method.Name);
            var (model, partial) = ParseMethod(method, types, cancellationToken);
            if (model?.Measuring is not null)
            {
                instruments.Add(model.Measuring.Instrument);
            }

            if (partial is not null)
            {
                partials.Add(partial);
            }
        }

        return new DeclarationModel(names.ToEquatableArray(), instruments.Distinct().ToEquatableArray(), partials.ToEquatableArray());
    }

    /// <summary>
    /// One method that <c>[Traced]</c> or <c>[Measured]</c> applies to: its model (null when it cannot be wrapped) and its
    /// partial implementation when it is in the partial form.
    /// </summary>
    public static (InstrumentedMethodModel? Model, PartialMethodModel? Partial) ParseMethod(
        IMethodSymbol method,
        CompilationContext types,
        CancellationToken cancellationToken)
    {
        // The generator shares the model with the method's call sites.
        if (types.InstrumentedMethod(method, cancellationToken) is not { } model)
        {
            return (null, null);
        }

        // The partial form is the method itself: calls through what it implements or overrides reach the wrapper too.
        return (model, InterceptionTargets.IsPartialForm(method) ? PartialFormParser.Parse(method, model, cancellationToken) : null);
    }

    /// <summary>
    /// Why a method that <c>[Traced]</c> or <c>[Measured]</c> applies to is not wrapped, or not wrapped for every caller
    /// (AI0002, AI0003, AI0005–AI0007, AI0009–AI0011), decided by the same code as <see cref="ParseMethod"/> but without
    /// building the models, which the declaration analyzers never read.
    /// </summary>
    public static void Check(IMethodSymbol method, CompilationContext types, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (!InstrumentedMethodParser.Check(method, types, diagnostics, cancellationToken))
        {
            return;
        }

        if (InterceptionTargets.IsPartialForm(method))
        {
            PartialFormParser.Check(method, diagnostics, cancellationToken);
            return;
        }

        diagnostics.AddRange(AbstractionCheck.Check(method, types));
        if (InterceptionTargets.Plan(method, types, cancellationToken).Obstacle is { } obstacle)
        {
            diagnostics.Add(Diagnostic.Create(Descriptors.InaccessibleTarget, MethodModelBuilder.LocationOf(method), method.Name, obstacle));
        }
    }

    /// <summary>
    /// AI0003 for an attribute written on an accessor, operator, constructor or finalizer, which the generator leaves
    /// alone; null for ordinary methods. Local functions are reported by their analyzer (AI0015), with lambdas.
    /// </summary>
    public static Diagnostic? UnsupportedKind(IMethodSymbol method, Location? fallback)
    {
        if (method.MethodKind is MethodKind.Ordinary or MethodKind.LocalFunction)
        {
            return null;
        }

        return Diagnostic.Create(
            Descriptors.UnsupportedMethodShape,
            MethodModelBuilder.LocationOf(method) ?? fallback,
            method.Name,
            KindText(method));
    }

    private static IEnumerable<IMethodSymbol> Methods(ISymbol target) => target switch
    {
        IMethodSymbol method => new[] { method },
        INamedTypeSymbol type => type.GetMembers().OfType<IMethodSymbol>(),
        _ => Enumerable.Empty<IMethodSymbol>(),
    };

    private static string KindText(IMethodSymbol method) => method.MethodKind switch
    {
        MethodKind.PropertyGet or MethodKind.PropertySet => "it is a property accessor, and only ordinary methods are wrapped",
        MethodKind.EventAdd or MethodKind.EventRemove => "it is an event accessor, and only ordinary methods are wrapped",
        MethodKind.UserDefinedOperator or MethodKind.Conversion => "it is an operator, and only ordinary methods are wrapped",
        MethodKind.Destructor => "it is a finalizer, and only ordinary methods are wrapped",
        MethodKind.Constructor or MethodKind.StaticConstructor => "it is a constructor, and only ordinary methods are wrapped",
        MethodKind.ExplicitInterfaceImplementation => ExplicitImplementationText(method),
        _ => "it is not an ordinary method, and only ordinary methods are wrapped",
    };

    /// <summary>
    /// An explicit implementation has no name a call can bind to: every call goes through the interface member, and
    /// interception follows what a call binds to. The body can move to an instrumented method the implementation calls.
    /// </summary>
    private static string ExplicitImplementationText(IMethodSymbol method)
    {
        var implemented = method.ExplicitInterfaceImplementations.FirstOrDefault();
        var member = implemented is null ? "an interface member" : $"'{implemented.ContainingType.Name}.{implemented.Name}'";
        var shortName = implemented?.Name ?? method.Name.Split('.').Last();
        var fix = $"move the body into an instrumented method (a private '[Traced] {shortName}Core') that this implementation calls";
        if (implemented is not null && implemented.Locations.Any(l => l.IsInSource))
        {
            fix = $"put the attribute on {member} to instrument the calls made through it, or " + fix;
        }

        return $"it is an explicit implementation of {member}, which no call can bind to (calls go through the interface member, and an interceptor replaces only calls that bind to the method itself); {fix}";
    }
}
