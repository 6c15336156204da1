using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// A rule about instrumented declarations, decided by the generator's own parser (<see cref="Parsing.DeclarationParser"/>):
/// each subclass reports the descriptors it supports, at the real source location, so every control applies.
/// </summary>
public abstract class DeclarationAnalyzer : DiagnosticAnalyzer
{
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (DeclarationDiagnostics.For(start.Compilation) is not { } declarations)
            {
                return;
            }

            start.RegisterSymbolAction(
                symbol =>
                {
                    foreach (var diagnostic in declarations.Of((IMethodSymbol)symbol.Symbol, symbol.CancellationToken))
                    {
                        if (SupportedDiagnostics.Contains(diagnostic.Descriptor))
                        {
                            symbol.ReportDiagnostic(diagnostic);
                        }
                    }
                },
                SymbolKind.Method);
        });
    }
}
