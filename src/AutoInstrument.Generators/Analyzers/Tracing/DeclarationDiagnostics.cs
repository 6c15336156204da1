using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// What the generator's declaration parser says about each instrumented method of one compilation: why it is not
/// wrapped, or not for every caller. Computed once per method and shared by the declaration rules, which each report
/// their own IDs from it, so they run the parser once between them.
/// </summary>
internal sealed class DeclarationDiagnostics
{
    private static readonly ConditionalWeakTable<Compilation, DeclarationDiagnostics?> PerCompilation = new();

    private readonly CompilationContext _types;
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<Diagnostic>> _methods = new(SymbolEqualityComparer.Default);

    private DeclarationDiagnostics(Compilation compilation) => _types = CompilationContext.For(compilation);

    /// <summary>
    /// Null when the compilation does not reference AutoInstrument. The attributes are asked for first: the parser's
    /// context looks up a dozen more types, which most compilations never need.
    /// </summary>
    public static DeclarationDiagnostics? For(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static c => InstrumentationSymbols.From(c) is null ? null : new DeclarationDiagnostics(c));

    public ImmutableArray<Diagnostic> Of(IMethodSymbol method, CancellationToken cancellationToken) =>
        InstrumentationSymbols.IsPartialImplementation(method)
            ? ImmutableArray<Diagnostic>.Empty
            : _methods.GetOrAdd(method, m => Parse(m, cancellationToken));

    private ImmutableArray<Diagnostic> Parse(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        if (HasOwnAttribute(method))
        {
            var fallback = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken).GetLocation();
            if (DeclarationParser.UnsupportedKind(method, fallback) is { } unsupported)
            {
                return ImmutableArray.Create(unsupported);
            }
        }

        if (InstrumentationAttributes.IsInstrumented(method, _types.Traced, _types.Measured))
        {
            DeclarationParser.Check(method, _types, diagnostics, cancellationToken);
        }

        return diagnostics.Distinct().ToImmutableArray();
    }

    private bool HasOwnAttribute(IMethodSymbol method) => method.GetAttributes().Any(a =>
        SymbolEqualityComparer.Default.Equals(a.AttributeClass, _types.Traced) || SymbolEqualityComparer.Default.Equals(a.AttributeClass, _types.Measured));
}
