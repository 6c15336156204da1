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
        context.RegisterInstrumentationStartAction((start, symbols) => start.RegisterAttributeAction(symbols.Measured, Analyze));
    }

    private static void Analyze(SymbolAnalysisContext context, AttributeData measured)
    {
        if (InstrumentationAttributes.ConstructorString(measured) is { } name
            && !ArgumentRules.IsBlank(name)
            && ArgumentRules.InstrumentNameProblem(name) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidInstrumentName,
                AttributeLocations.OfConstructorArgument(measured, context.CancellationToken),
                name,
                context.Symbol.Name,
                problem));
        }
    }
}
