using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Analyzers.Usage;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Metrics;

/// <summary>
/// Reports the <c>[ServiceLevelObjective]</c>s the generator leaves out of the rules (AI0040–AI0045), from the same
/// <see cref="ServiceLevelObjectiveRules"/> and <see cref="ServiceLevelObjectiveParser"/>: an invalid name, a target
/// outside (0, 1), a window that is not positive, a method without <c>[Measured]</c>, a latency threshold that is not a
/// bucket boundary, and declarations of one name that disagree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ServiceLevelObjectiveAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ObjectiveThresholdNotBoundary,
        Descriptors.ObjectiveTargetOutOfRange,
        Descriptors.ObjectiveWindowNotPositive,
        Descriptors.ObjectiveNotMeasured,
        Descriptors.ConflictingObjective,
        Descriptors.InvalidObjectiveName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var objectiveType = start.Compilation.GetTypeByMetadataName(ServiceLevelObjectiveRules.AttributeName);
            var measuredType = start.Compilation.GetTypeByMetadataName(AttributeNames.Measured);
            if (objectiveType is null || measuredType is null)
            {
                return;
            }

            var declarations = new ConcurrentBag<(ObjectiveDeclarationModel Declaration, string Method, Location Location)>();
            start.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (InstrumentationSymbols.IsPartialImplementation(method))
                    {
                        return;
                    }

                    foreach (var attribute in method.GetAttributes())
                    {
                        if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, objectiveType))
                        {
                            Check(symbol, method, attribute, measuredType, declarations);
                        }
                    }
                },
                SymbolKind.Method);

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var group in declarations.GroupBy(d => d.Declaration.Name, System.StringComparer.Ordinal))
                {
                    // The first declaration in source order is the reference, whatever order the analysis ran in.
                    var ordered = group
                        .OrderBy(d => d.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                        .ThenBy(d => d.Location.SourceSpan.Start)
                        .ToList();
                    var first = ordered[0];
                    foreach (var other in ordered.Skip(1))
                    {
                        if (ServiceLevelObjectiveRules.Conflict(first.Declaration, other.Declaration) is { } conflict)
                        {
                            end.ReportDiagnostic(Diagnostic.Create(Descriptors.ConflictingObjective, other.Location, other.Declaration.Name, other.Method, conflict, first.Method));
                        }
                    }
                }
            });
        });
    }

    private static void Check(
        SymbolAnalysisContext context,
        IMethodSymbol method,
        AttributeData attribute,
        INamedTypeSymbol measuredType,
        ConcurrentBag<(ObjectiveDeclarationModel, string, Location)> declarations)
    {
        var cancellationToken = context.CancellationToken;
        var name = ServiceLevelObjectiveRules.Name(attribute);
        var shownName = name ?? string.Empty;
        var valid = true;
        if (ServiceLevelObjectiveRules.NameProblem(name) is { } nameProblem)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidObjectiveName, AttributeLocations.OfConstructorArgument(attribute, cancellationToken), shownName, nameProblem));
            valid = false;
        }

        var target = ServiceLevelObjectiveRules.Target(attribute);
        if (!ServiceLevelObjectiveRules.IsTargetValid(target))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ObjectiveTargetOutOfRange, ConstructorArgument(attribute, 1, cancellationToken), ServiceLevelObjectiveRules.Format(target), shownName));
            valid = false;
        }

        var window = ServiceLevelObjectiveRules.WindowDays(attribute);
        if (!ServiceLevelObjectiveRules.IsWindowValid(window))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ObjectiveWindowNotPositive, AttributeLocations.OfNamedArgument(attribute, "WindowDays", cancellationToken), window.ToString(System.Globalization.CultureInfo.InvariantCulture), shownName));
            valid = false;
        }

        var instrument = ServiceLevelObjectiveParser.Instrument(method, measuredType);
        if (instrument is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ObjectiveNotMeasured, AttributeLocations.Of(attribute, cancellationToken), shownName, method.Name));
            return;
        }

        var threshold = ServiceLevelObjectiveRules.LatencyThreshold(attribute);
        if (ServiceLevelObjectiveRules.HasLatencyThreshold(attribute) && !ServiceLevelObjectiveRules.IsBoundary(instrument.Buckets.Items, threshold))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ObjectiveThresholdNotBoundary,
                AttributeLocations.OfNamedArgument(attribute, "LatencyThreshold", cancellationToken),
                ServiceLevelObjectiveRules.Format(threshold),
                shownName,
                instrument.Name,
                ServiceLevelObjectiveRules.NearestBoundaries(instrument.Buckets.Items, threshold)));
            valid = false;
        }

        if (valid && ServiceLevelObjectiveParser.Declaration(method, attribute, measuredType) is { } declaration
            && AttributeLocations.Of(attribute, cancellationToken) is { } location)
        {
            declarations.Add((declaration, method.ContainingType.Name + "." + method.Name, location));
        }
    }

    private static Location? ConstructorArgument(AttributeData attribute, int index, CancellationToken cancellationToken) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax)?.ArgumentList?.Arguments
            .Where(a => a.NameEquals is null).ElementAtOrDefault(index)?.GetLocation()
            ?? AttributeLocations.Of(attribute, cancellationToken);
}
