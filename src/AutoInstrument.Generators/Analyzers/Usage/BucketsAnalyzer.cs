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
        context.RegisterCompilationStartAction(start =>
        {
            if (InstrumentationSymbols.From(start.Compilation) is not { Measured: { } measured })
            {
                return;
            }

            start.RegisterSymbolAction(symbol => Analyze(symbol, measured), SymbolKind.Method, SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol measured)
    {
        // The generator reads [Measured] on ordinary methods and types only (AI0003 reports the others).
        if (context.Symbol is IMethodSymbol method && (method.MethodKind != MethodKind.Ordinary || InstrumentationSymbols.IsPartialImplementation(method)))
        {
            return;
        }

        var owner = context.Symbol is IMethodSymbol m ? m.ContainingType.Name + "." + m.Name : context.Symbol.Name;
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, measured))
            {
                continue;
            }

            var diagnostics = new List<Diagnostic>();
            MeasuringParser.Instrument(attribute, owner, context.Symbol.Name, diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Descriptor == Descriptors.InvalidBuckets)
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
