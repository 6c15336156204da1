using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceAnalyzer;

/// <summary>Binds each member body as it is declared, before the measured analyzers see it; reports nothing.</summary>
#pragma warning disable RS1036, RS1041 // Never loaded by a compiler: the timing run creates it itself.
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class BindingWarmUp : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(new DiagnosticDescriptor("WARMUP", "Warm-up", "Warm-up", "Timing", DiagnosticSeverity.Hidden, isEnabledByDefault: true));

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(
            node => node.SemanticModel.GetOperation(node.Node, node.CancellationToken),
            SyntaxKind.Block, SyntaxKind.ArrowExpressionClause);
    }
}
