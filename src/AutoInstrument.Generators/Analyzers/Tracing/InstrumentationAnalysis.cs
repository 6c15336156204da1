using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// The set-up every instrumentation rule shares: a start action only in compilations that reference AutoInstrument, and
/// declaration actions that see a partial method once.
/// </summary>
internal static class InstrumentationAnalysis
{
    /// <summary>
    /// Calls <paramref name="register"/> once per compilation that references <c>[Traced]</c> or <c>[Measured]</c>, with
    /// their symbols; elsewhere the rule registers nothing.
    /// </summary>
    public static void RegisterInstrumentationStartAction(
        this AnalysisContext context, Action<CompilationStartAnalysisContext, InstrumentationSymbols> register) =>
        context.RegisterCompilationStartAction(start =>
        {
            if (InstrumentationSymbols.From(start.Compilation) is { } symbols)
            {
                register(start, symbols);
            }
        });

    /// <summary>
    /// A symbol action that leaves out the implementation part of a partial method: its attributes are the definition's,
    /// so the rule would report them twice.
    /// </summary>
    public static void RegisterDeclarationAction(
        this CompilationStartAnalysisContext start, Action<SymbolAnalysisContext> action, params SymbolKind[] kinds) =>
        start.RegisterSymbolAction(
            symbol =>
            {
                if (!InstrumentationSymbols.IsPartialImplementation(symbol.Symbol))
                {
                    action(symbol);
                }
            },
            kinds);

    /// <summary>
    /// Calls <paramref name="action"/> for each <paramref name="attributeType"/> attribute written on a method or type,
    /// when the compilation has that attribute.
    /// </summary>
    public static void RegisterAttributeAction(
        this CompilationStartAnalysisContext start, INamedTypeSymbol? attributeType, Action<SymbolAnalysisContext, AttributeData> action)
    {
        if (attributeType is null)
        {
            return;
        }

        start.RegisterDeclarationAction(
            symbol =>
            {
                foreach (var attribute in AttributesOfType(symbol.Symbol, attributeType))
                {
                    action(symbol, attribute);
                }
            },
            SymbolKind.Method,
            SymbolKind.NamedType);
    }

    /// <summary>The attributes of <paramref name="symbol"/> whose class is <paramref name="attributeType"/>.</summary>
    private static IEnumerable<AttributeData> AttributesOfType(ISymbol symbol, INamedTypeSymbol attributeType)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                yield return attribute;
            }
        }
    }
}
