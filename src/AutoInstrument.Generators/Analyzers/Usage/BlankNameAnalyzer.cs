using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports empty or whitespace names (AI0008): <c>[Traced("")]</c> and <c>[Measured("")]</c>, which fall back to the default
/// span or instrument name, and <c>[Tag("")]</c>, <c>[return: Tag("")]</c> and <c>[MetricTag("")]</c>, which are not recorded.
/// The parser makes the same decisions through <see cref="ArgumentRules.IsBlank"/> and <see cref="TagDeclarations"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlankNameAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.InvalidName, Descriptors.BlankTagName);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            start.RegisterDeclarationAction(symbol => AnalyzeInstrumentationNames(symbol, symbols), SymbolKind.Method, SymbolKind.NamedType);
            start.RegisterDeclarationAction(symbol => AnalyzeTagNames(symbol, symbols), SymbolKind.Method);
        });
    }

    private static void AnalyzeInstrumentationNames(SymbolAnalysisContext context, InstrumentationSymbols symbols)
    {
        foreach (var attribute in context.Symbol.GetAttributes())
        {
            var what = SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Traced) ? "span"
                : SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Measured) ? "instrument"
                : null;
            if (what is not null && ArgumentRules.IsBlank(InstrumentationAttributes.ConstructorString(attribute)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.InvalidName,
                    AttributeLocations.OfConstructorArgument(attribute, context.CancellationToken),
                    what,
                    context.Symbol.Name));
            }
        }
    }

    private static void AnalyzeTagNames(SymbolAnalysisContext context, InstrumentationSymbols symbols)
    {
        var method = (IMethodSymbol)context.Symbol;
        Report(context, method, TagDeclarations.ForSpan(method, symbols.Tag), "span attribute");
        Report(context, method, TagDeclarations.ForMetric(method, symbols.MetricTag), "metric dimension");
    }

    private static void Report(SymbolAnalysisContext context, IMethodSymbol method, System.Collections.Generic.IReadOnlyList<TagDeclaration> tags, string what)
    {
        foreach (var tag in tags)
        {
            if (tag.Problem == TagNameProblem.Blank)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.BlankTagName,
                    AttributeLocations.OfConstructorArgument(tag.Attribute, context.CancellationToken),
                    what,
                    tag.Parameter is null ? "the return value" : $"parameter '{tag.Parameter.Name}'",
                    method.Name,
                    tag.Parameter?.Name ?? "return"));
            }
        }
    }
}
