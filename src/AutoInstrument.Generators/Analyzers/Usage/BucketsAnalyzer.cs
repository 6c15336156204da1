using System.Collections.Generic;
using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports <c>[Measured(Buckets = …)]</c> boundaries that are empty, not positive, repeated or not ascending (AI0009), once per
/// attribute, as <see cref="MeasuringParser.Instrument"/> decides them: the generator then creates no instrument for it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BucketsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidBuckets);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) => start.RegisterAttributeAction(symbols.Measured, Analyze));
    }

    private static void Analyze(SymbolAnalysisContext context, AttributeData measured)
    {
        // The generator reads [Measured] on ordinary methods and types only (AI0003 reports the others).
        if (context.Symbol is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
        {
            return;
        }

        var owner = context.Symbol is IMethodSymbol m ? m.ContainingType.Name + "." + m.Name : context.Symbol.Name;
        var diagnostics = new List<Diagnostic>();
        MeasuringParser.Instrument(measured, owner, context.Symbol.Name, diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor == Descriptors.InvalidBuckets)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
