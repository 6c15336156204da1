using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports a <c>[Traced(Kind = …)]</c> value that is no member of <c>ActivityKind</c> (AI0021), such as
/// <c>(ActivityKind)42</c>: the parser gives those spans the default kind, Internal, through the same
/// <see cref="ArgumentRules.ActivityKindName"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpanKindAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidSpanKind);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) => start.RegisterAttributeAction(symbols.Traced, Analyze));
    }

    private static void Analyze(SymbolAnalysisContext context, AttributeData traced)
    {
        if (InstrumentationAttributes.Named(traced, "Kind")?.Value is int value && ArgumentRules.ActivityKindName(value) is null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.InvalidSpanKind,
                AttributeLocations.OfNamedArgument(traced, "Kind", context.CancellationToken),
                value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                context.Symbol.Name));
        }
    }
}
