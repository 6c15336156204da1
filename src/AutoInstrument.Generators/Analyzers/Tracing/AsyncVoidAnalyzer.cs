using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports instrumented <c>async void</c> methods (AI0013). The wrapper can only see such a method return, at its first
/// pending await; what follows, and any exception it throws, happens outside the span and the measured duration.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AsyncVoidMethod);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            start.RegisterDeclarationAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;

                    // In the partial form, the ...Core body is what is async.
                    var body = InterceptionTargets.IsPartialForm(method) ? PartialFormParser.CoreOf(method) : method;
                    if (body is { IsAsync: true, ReturnsVoid: true } && symbols.IsInstrumented(method))
                    {
                        symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.AsyncVoidMethod, MethodModelBuilder.LocationOf(method), method.Name));
                    }
                },
                SymbolKind.Method);
        });
    }
}
