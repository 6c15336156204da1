using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// Reads the <c>[ServiceLevelObjective]</c>s of a method into declarations, and merges the declarations of one name into
/// one objective. What is not valid (AI0040–AI0045, reported by <c>ServiceLevelObjectiveAnalyzer</c> from the same rules)
/// is left out, so the rules file never holds an objective the code contradicts.
/// </summary>
internal static class ServiceLevelObjectiveParser
{
    public static EquatableArray<ObjectiveDeclarationModel> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method
            || context.SemanticModel.Compilation.GetTypeByMetadataName(AttributeNames.Measured) is not { } measuredType)
        {
            return EquatableArray<ObjectiveDeclarationModel>.Empty;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return context.Attributes
            .Select(a => Declaration(method, a, measuredType))
            .Where(d => d is not null)
            .Select(d => d!)
            .ToEquatableArray();
    }

    /// <summary>The declaration one attribute makes, or null when it breaks a rule of its own (everything but AI0044).</summary>
    public static ObjectiveDeclarationModel? Declaration(IMethodSymbol method, AttributeData objective, INamedTypeSymbol measuredType)
    {
        var name = ServiceLevelObjectiveRules.Name(objective);
        var target = ServiceLevelObjectiveRules.Target(objective);
        var window = ServiceLevelObjectiveRules.WindowDays(objective);
        var threshold = ServiceLevelObjectiveRules.LatencyThreshold(objective);
        if (ServiceLevelObjectiveRules.NameProblem(name) is not null
            || !ServiceLevelObjectiveRules.IsTargetValid(target)
            || !ServiceLevelObjectiveRules.IsWindowValid(window)
            || Instrument(method, measuredType) is not { } instrument
            || (ServiceLevelObjectiveRules.HasLatencyThreshold(objective) && !ServiceLevelObjectiveRules.IsBoundary(instrument.Buckets.Items, threshold)))
        {
            return null;
        }

        return new ObjectiveDeclarationModel(name!, target, threshold, window, instrument.Name, instrument.Buckets, FunctionName(method));
    }

    /// <summary>The instrument the method records into, or null when it is not measured (AI0043) or its <c>[Measured]</c>
    /// is not valid (AI0009, AI0019 say why).</summary>
    public static InstrumentModel? Instrument(IMethodSymbol method, INamedTypeSymbol measuredType)
    {
        var definition = method.PartialDefinitionPart ?? method;
        return InstrumentationAttributes.Find(definition, measuredType) is { } measured
            ? MeasuringParser.Instrument(measured, definition.ContainingType.Name + "." + definition.Name, definition.Name, diagnostics: null)
            : null;
    }

    /// <summary>The <c>code.function.name</c> the wrapper records, as <c>MethodModelBuilder</c> computes it.</summary>
    public static string FunctionName(IMethodSymbol method) =>
        method.ContainingType.ToDisplayString(SymbolFormats.QualifiedName) + "." + method.Name;

    /// <summary>One objective per name, in ordinal order; a name whose declarations disagree (AI0044) is left out.</summary>
    public static EquatableArray<ServiceLevelObjectiveModel> Merge(IEnumerable<ObjectiveDeclarationModel> declarations) =>
        declarations
            .GroupBy(d => d.Name, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Where(g => g.All(d => ServiceLevelObjectiveRules.Conflict(g.First(), d) is null))
            .Select(g => new ServiceLevelObjectiveModel(
                g.Key,
                g.First().Target,
                g.First().LatencyThreshold,
                g.First().WindowDays,
                g.First().Instrument,
                g.First().Buckets,
                g.Select(d => d.Function).Distinct().OrderBy(f => f, System.StringComparer.Ordinal).ToEquatableArray()))
            .ToEquatableArray();
}
