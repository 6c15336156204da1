using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// What the parser needs from one compilation, looked up once and shared by every call site: well-known types, semantic
/// models and the models of the methods called.
/// </summary>
internal sealed class CompilationContext
{
    private static readonly ConditionalWeakTable<Compilation, CompilationContext> Contexts = new();

    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels = new();
    private readonly ConcurrentDictionary<IMethodSymbol, InstrumentedMethodModel?> _methods = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, SourceModel> _sources = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The one context of <paramref name="compilation"/>, shared by every declaration, call site and analyzer that reads
    /// it: the lookups behind it (accessibility checks walk the references) and the methods it parses are paid once.
    /// </summary>
    public static CompilationContext For(Compilation compilation) => Contexts.GetValue(compilation, static c => new CompilationContext(c));

    private CompilationContext(Compilation compilation)
    {
        Compilation = compilation;
        Traced = compilation.GetTypeByMetadataName(AttributeNames.Traced);
        Tag = compilation.GetTypeByMetadataName(AttributeNames.Tag);
        Measured = compilation.GetTypeByMetadataName(AttributeNames.Measured);
        MetricTag = compilation.GetTypeByMetadataName(AttributeNames.MetricTag);
        Task = AccessibleType(compilation, "System.Threading.Tasks.Task");
        TaskOfT = AccessibleType(compilation, "System.Threading.Tasks.Task`1");
        ValueTask = AccessibleType(compilation, "System.Threading.Tasks.ValueTask");
        ValueTaskOfT = AccessibleType(compilation, "System.Threading.Tasks.ValueTask`1");
        AsyncEnumerableOfT = AccessibleType(compilation, "System.Collections.Generic.IAsyncEnumerable`1");
        Guid = AccessibleType(compilation, "System.Guid");
        DateTimeOffset = AccessibleType(compilation, "System.DateTimeOffset");
        TimeSpan = AccessibleType(compilation, "System.TimeSpan");
        UnsafeAccessor = AccessibleType(compilation, "System.Runtime.CompilerServices.UnsafeAccessorAttribute");
        StackTraceHidden = AccessibleType(compilation, "System.Diagnostics.StackTraceHiddenAttribute");
        UnsafeAccessorType = AccessibleType(compilation, "System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute");
        UnsafeAccessorBindsGenerics = UnsafeAccessor is not null
            && compilation.GetSpecialType(SpecialType.System_Object).ContainingAssembly.Identity.Version.Major >= 9;
        InstrumentedAssembly = compilation.GetTypeByMetadataName(AttributeNames.InstrumentedAssembly);
    }

    public Compilation Compilation { get; }

    /// <summary>
    /// A type the generated code may name: one a reference declares internal, as polyfill packages do for the
    /// attributes of newer frameworks, is out of reach of the user's code (CS0122), so it counts as missing.
    /// </summary>
    private static INamedTypeSymbol? AccessibleType(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)
            ? type
            : null;

    /// <summary>
    /// One semantic model per tree, shared by every call site in it: a model caches the bodies it binds, so a method
    /// with many calls is bound once, not once per call.
    /// </summary>
    public SemanticModel SemanticModel(SyntaxTree tree) => _semanticModels.GetOrAdd(tree, t => Compilation.GetSemanticModel(t));

    /// <summary>
    /// The model of an instrumented method, parsed once however many calls it has and whether its declaration or a call
    /// asks first; the declaration analyzers say why one is null.
    /// </summary>
    public InstrumentedMethodModel? InstrumentedMethod(IMethodSymbol method, CancellationToken cancellationToken) =>
        _methods.GetOrAdd(method, m => InstrumentedMethodParser.Parse(m, this, cancellationToken));

    /// <summary>
    /// The source and meter of the referenced assembly that declares <paramref name="method"/>, read once per assembly;
    /// null when the method is declared in this compilation.
    /// </summary>
    public SourceModel? DeclaringSource(IMethodSymbol method) =>
        method.ContainingAssembly is not { } assembly || SymbolEqualityComparer.Default.Equals(assembly, Compilation.Assembly)
            ? null
            : _sources.GetOrAdd(assembly, a => InstrumentationSources.Of(a, InstrumentedAssembly));

    public INamedTypeSymbol? Traced { get; }

    public INamedTypeSymbol? Tag { get; }

    public INamedTypeSymbol? Measured { get; }

    public INamedTypeSymbol? MetricTag { get; }

    public INamedTypeSymbol? Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? AsyncEnumerableOfT { get; }

    public INamedTypeSymbol? Guid { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol? TimeSpan { get; }

    public INamedTypeSymbol? UnsafeAccessor { get; }

    public INamedTypeSymbol? StackTraceHidden { get; }

    /// <summary>.NET 10's way for an <c>[UnsafeAccessor]</c> to name a type it cannot take as a parameter.</summary>
    public INamedTypeSymbol? UnsafeAccessorType { get; }

    /// <summary>The runtime binds <c>[UnsafeAccessor]</c> to generic types and methods: .NET 9 and later.</summary>
    public bool UnsafeAccessorBindsGenerics { get; }

    public INamedTypeSymbol? InstrumentedAssembly { get; }
}
