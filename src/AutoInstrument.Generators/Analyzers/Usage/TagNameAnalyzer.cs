using System.Collections.Generic;
using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports tags the wrapper leaves out because of their name: a span attribute or metric dimension name that an earlier
/// tag of the method already records (AI0017), or one the wrapper sets itself, <c>code.*</c>, <c>error.type</c>,
/// <c>exception.*</c> (AI0018). The verdicts come from <see cref="TagDeclarations"/>, which the parser follows.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TagNameAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.DuplicateTagName, Descriptors.ReservedTagName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) => start.RegisterDeclarationAction(
            symbol =>
            {
                var method = (IMethodSymbol)symbol.Symbol;
                Report(symbol, method, TagDeclarations.ForSpan(method, symbols.Tag), "span attribute");
                Report(symbol, method, TagDeclarations.ForMetric(method, symbols.MetricTag), "metric dimension");
            },
            SymbolKind.Method));
    }

    private static void Report(SymbolAnalysisContext context, IMethodSymbol method, IReadOnlyList<TagDeclaration> tags, string what)
    {
        foreach (var tag in tags)
        {
            var subject = tag.Parameter is null ? "The return value" : $"Parameter '{tag.Parameter.Name}'";
            var location = AttributeLocations.Of(tag.Attribute, context.CancellationToken);
            if (tag.Problem == TagNameProblem.Duplicate)
            {
                var first = tag.First!.Parameter is null ? "the return value" : $"parameter '{tag.First.Parameter.Name}'";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateTagName, location, subject, method.Name, what, tag.Name, first));
            }
            else if (tag.Problem == TagNameProblem.Reserved)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ReservedTagName, location, subject, method.Name, what, tag.Name));
            }
        }
    }
}
