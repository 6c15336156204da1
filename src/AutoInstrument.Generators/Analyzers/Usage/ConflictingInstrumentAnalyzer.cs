using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>
/// Reports <c>[Measured]</c> declarations of one instrument name that ask for other buckets or another description than
/// the instrument is created with (AI0020). An assembly creates each instrument once; <see cref="InstrumentChoice"/> picks
/// its settings for the generator and, here, names the declaration they come from.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConflictingInstrumentAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConflictingInstrument);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            if (symbols.Measured is null)
            {
                return;
            }

            var declarations = new ConcurrentBag<Declaration>();
            start.RegisterAttributeAction(
                symbols.Measured,
                (symbol, attribute) =>
                {
                    var owner = symbol.Symbol is IMethodSymbol method ? method.ContainingType.Name + "." + method.Name : symbol.Symbol.Name;
                    if (MeasuringParser.Instrument(attribute, owner, symbol.Symbol.Name, diagnostics: null) is { } instrument)
                    {
                        declarations.Add(new Declaration(instrument, owner, AttributeLocations.Of(attribute, symbol.CancellationToken)));
                    }
                });

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var group in declarations.GroupBy(d => d.Instrument.Name))
                {
                    var all = group.ToList();
                    if (all.Count < 2)
                    {
                        continue;
                    }

                    var chosen = InstrumentChoice.Choose(all.Select(d => d.Instrument));
                    var source = all.First(d => d.Instrument.Equals(chosen));
                    foreach (var declaration in all)
                    {
                        if (InstrumentChoice.Conflicts(declaration.Instrument, chosen, out var buckets, out var description))
                        {
                            var what = buckets && description ? "other buckets and another description"
                                : buckets ? "other buckets"
                                : "another description";
                            end.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.ConflictingInstrument, declaration.Location, declaration.Owner, chosen.Name, what, source.Owner));
                        }
                    }
                }
            });
        });
    }

    private sealed record Declaration(InstrumentModel Instrument, string Owner, Location? Location);
}
