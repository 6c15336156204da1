using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads a <c>[Traced]</c> method or type declaration: the names to intercept, its diagnostics, its partial form.</summary>
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
        var types = new CompilationContext(context.SemanticModel.Compilation);
        var diagnostics = new List<DiagnosticInfo>();
        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        var instruments = new List<InstrumentModel>();
        var partials = new List<PartialMethodModel>();

        // A local function is reported by its analyzer (AI0015), with lambdas, which this pipeline never sees.
        if (context.TargetSymbol is IMethodSymbol { MethodKind: not (MethodKind.Ordinary or MethodKind.LocalFunction) } special)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                Descriptors.UnsupportedMethodShape,
                MethodModelBuilder.LocationOf(special) ?? context.TargetNode.GetLocation(),
                special.Name,
                $"it is {KindText(special.MethodKind)}, and only ordinary methods are wrapped"));
        }

        foreach (var method in Methods(context.TargetSymbol).Where(m => isInstrumented(m, types)))
        {
            names.Add(method.Name);
            var model = InstrumentedMethodParser.Parse(method, types, diagnostics, cancellationToken);
            if (model is null)
            {
                continue;
            }

            if (model.Measuring is not null)
            {
                instruments.Add(model.Measuring.Instrument);
            }

            if (InterceptionTargets.IsPartialForm(method))
            {
                // The partial form is the method itself: calls through what it implements or overrides reach the wrapper too.
                if (PartialFormParser.Parse(method, model, diagnostics, cancellationToken) is { } partial)
                {
                    partials.Add(partial);
                }

                continue;
            }

            diagnostics.AddRange(AbstractionCheck.Check(method, types));
            if (InterceptionTargets.Plan(method, types, cancellationToken).Obstacle is { } obstacle)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.InaccessibleTarget, MethodModelBuilder.LocationOf(method), method.Name, obstacle));
            }
        }

        return new DeclarationModel(
            names.ToEquatableArray(), instruments.Distinct().ToEquatableArray(), diagnostics.Distinct().ToEquatableArray(), partials.ToEquatableArray());
    }

    private static IEnumerable<IMethodSymbol> Methods(ISymbol target) => target switch
    {
        IMethodSymbol method => new[] { method },
        INamedTypeSymbol type => type.GetMembers().OfType<IMethodSymbol>(),
        _ => Enumerable.Empty<IMethodSymbol>(),
    };

    private static string KindText(MethodKind kind) => kind switch
    {
        MethodKind.PropertyGet or MethodKind.PropertySet => "a property accessor",
        MethodKind.EventAdd or MethodKind.EventRemove => "an event accessor",
        MethodKind.UserDefinedOperator or MethodKind.Conversion => "an operator",
        MethodKind.Destructor => "a finalizer",
        MethodKind.Constructor or MethodKind.StaticConstructor => "a constructor",
        _ => "not an ordinary method",
    };
}
