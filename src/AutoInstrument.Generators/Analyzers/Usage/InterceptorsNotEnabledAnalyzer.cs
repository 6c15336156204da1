using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports, once per compilation, that the project does not opt <c>AutoInstrument.Generated</c> in to interceptors
/// (AI0001) while it has calls the generator would intercept (<see cref="CallSiteParser.Parse"/>): the generator then
/// emits no interceptor rather than let the compiler reject each one with CS9137. The diagnostic is placed at the
/// declaration of the first such method in source order, else at its first call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InterceptorsNotEnabledAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InterceptorsNotEnabled);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, _) =>
        {
            // MSBuild gives every tree of a project the same parse options, features included.
            if (start.Compilation.SyntaxTrees.FirstOrDefault()?.Options is not { } options
                || InterceptorsOptionParser.IsEnabled(options))
            {
                return;
            }

            var types = CompilationContext.For(start.Compilation);
            var calls = new ConcurrentBag<(IMethodSymbol Method, Location Location)>();
            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var invocation = (InvocationExpressionSyntax)node.Node;
                    if (node.SemanticModel.GetSymbolInfo(invocation, node.CancellationToken).Symbol is not IMethodSymbol called)
                    {
                        return;
                    }

                    var method = (called.ReducedFrom ?? called).OriginalDefinition;
                    if (InstrumentationAttributes.IsInstrumented(method, types.Traced, types.Measured)
                        && CallSiteParser.Parse(invocation, types, out var _, node.CancellationToken) is not null)
                    {
                        calls.Add((method, MethodModelBuilder.LocationOf(method) ?? invocation.GetLocation()));
                    }
                },
                SyntaxKind.InvocationExpression);

            start.RegisterCompilationEndAction(end =>
            {
                if (calls.IsEmpty)
                {
                    return;
                }

                var (method, location) = calls
                    .OrderBy(c => c.Location.SourceTree?.FilePath, System.StringComparer.Ordinal)
                    .ThenBy(c => c.Location.SourceSpan.Start)
                    .First();
                end.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InterceptorsNotEnabled,
                    location,
                    method.ContainingType.ToDisplayString(SymbolFormats.QualifiedName) + "." + method.Name));
            });
        });
    }
}
