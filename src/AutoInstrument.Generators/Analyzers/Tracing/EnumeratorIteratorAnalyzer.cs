using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports instrumented iterators that the wrapper treats as returning a plain value (AI0014): those returning
/// <c>IEnumerator&lt;T&gt;</c>, <c>IEnumerator</c>, <c>IAsyncEnumerator&lt;T&gt;</c> or non-generic <c>IEnumerable</c>.
/// <see cref="ReturnShapes.Classify"/> follows only <c>IEnumerable&lt;T&gt;</c> and <c>IAsyncEnumerable&lt;T&gt;</c>
/// enumerations; for the others the span ends when the method returns the enumerator, before its body runs. The rule asks
/// the classifier itself, so it stays true to what the generator does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnumeratorIteratorAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.EnumeratorIterator);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            var types = CompilationContext.For(start.Compilation);
            start.RegisterDeclarationAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (method.ReturnsVoid
                        || !symbols.IsInstrumented(method)
                        || ReturnShapes.Classify(method, types, symbol.CancellationToken).Shape != ReturnShape.Value
                        || !ReturnShapes.IsIterator(method, symbol.CancellationToken))
                    {
                        return;
                    }

                    symbol.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.EnumeratorIterator, MethodModelBuilder.LocationOf(method), method.Name, method.ReturnType.ToDisplayString()));
                },
                SymbolKind.Method);
        });
    }
}
