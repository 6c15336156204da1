using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Benchmarks.Floor;

/// <summary>
/// The calls of <c>[Traced]</c> methods, found as AutoInstrument finds them — a name check, then binding the call and
/// asking for its interceptable location. The methods are those declared in the compilation and those of referenced
/// assemblies built against AutoInstrument (a test project calls its library's methods).
/// </summary>
internal static class TracedCallSites
{
    public static IncrementalValuesProvider<TracedCallSite?> Bind(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName("AutoInstrument.TracedAttribute", static (node, _) => node is MethodDeclarationSyntax, static (attributed, _) => attributed.TargetSymbol.Name)
            .Collect()
            .Combine(context.CompilationProvider.Select(static (compilation, _) => ReferencedTracedNames(compilation)))
            .Select(static (pair, _) => pair.Left.Concat(pair.Right).ToImmutableHashSet());

        return context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax or IdentifierNameSyntax },
                static (syntax, _) => (InvocationExpressionSyntax)syntax.Node)
            .Combine(names)
            .Where(static pair => pair.Right.Contains(InvokedName(pair.Left)))
            .Select(static (pair, _) => pair.Left)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => new SemanticModels(compilation)))
            .Select(static (pair, ct) =>
            {
                var model = pair.Right.For(pair.Left.SyntaxTree);
                return model.GetSymbolInfo(pair.Left, ct).Symbol is IMethodSymbol method && model.GetInterceptableLocation(pair.Left, ct) is { } location
                    ? new TracedCallSite(method, location)
                    : null;
            });
    }

    private static ImmutableArray<string> ReferencedTracedNames(Compilation compilation)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Modules.Any(m => m.ReferencedAssemblies.Any(r => r.Name == "AutoInstrument")))
            {
                Collect(assembly.GlobalNamespace, names);
            }
        }

        return names.ToImmutable();
    }

    private static void Collect(INamespaceOrTypeSymbol container, ImmutableArray<string>.Builder names)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceOrTypeSymbol nested)
            {
                Collect(nested, names);
            }
            else if (member is IMethodSymbol method && (IsTraced(method) || IsTraced(method.ContainingType)))
            {
                names.Add(method.Name);
            }
        }
    }

    private static bool IsTraced(ISymbol symbol) =>
        symbol.GetAttributes().Any(a => a.AttributeClass is { Name: "TracedAttribute", ContainingNamespace.Name: "AutoInstrument" });

    // One semantic model per tree, shared by its calls, as AutoInstrument's CompilationContext shares it.
    private sealed class SemanticModels(Compilation compilation)
    {
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

        public SemanticModel For(SyntaxTree tree) => _models.GetOrAdd(tree, t => compilation.GetSemanticModel(t));
    }

    private static string InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        _ => ((IdentifierNameSyntax)invocation.Expression).Identifier.ValueText,
    };
}
