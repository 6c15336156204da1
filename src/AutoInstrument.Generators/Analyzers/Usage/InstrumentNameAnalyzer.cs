using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports <c>[Measured("…")]</c> names that the OpenTelemetry SDK rejects (AI0019): such an instrument would be dropped at
/// run time with no more than an event-source warning, so the parser does not create it, from the same
/// <see cref="ArgumentRules.InstrumentNameProblem"/>, and the method is not measured (a <c>[Traced]</c> on it still applies).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InstrumentNameAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidInstrumentName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (InstrumentationSymbols.From(start.Compilation) is not { Measured: { } measured })
            {
                return;
            }

            start.RegisterSymbolAction(
                symbol =>
                {
                    if (InstrumentationSymbols.IsPartialImplementation(symbol.Symbol))
                    {
                        return;
                    }

                    foreach (var attribute in symbol.Symbol.GetAttributes())
                    {
                        if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, measured)
                            && InstrumentationAttributes.ConstructorString(attribute) is { } name
                            && !ArgumentRules.IsBlank(name)
                            && ArgumentRules.InstrumentNameProblem(name) is { } problem)
                        {
                            symbol.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.InvalidInstrumentName,
                                AttributeLocations.OfConstructorArgument(attribute, symbol.CancellationToken),
                                name,
                                symbol.Symbol.Name,
                                problem));
                        }
                    }
                },
                SymbolKind.Method,
                SymbolKind.NamedType);
        });
    }
}
