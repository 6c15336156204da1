using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Benchmarks.Floor;

/// <summary>
/// The floor of the build-cost bar: what any interceptor-based generator pays. It finds the calls of <c>[Traced]</c>
/// methods as AutoInstrument does — a name check, then binding the call and asking for its interceptable location — and
/// emits no code. The binding of the method bodies that hold those calls happens again when the compiler compiles them.
/// The methods are those declared in the compilation and those of referenced assemblies built against AutoInstrument
/// (a test project calls its library's methods).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BindingFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider
            .ForAttributeWithMetadataName("AutoInstrument.TracedAttribute", static (node, _) => node is MethodDeclarationSyntax, static (attributed, _) => attributed.TargetSymbol.Name)
            .Collect()
            .Combine(context.CompilationProvider.Select(static (compilation, _) => ReferencedTracedNames(compilation)))
            .Select(static (pair, _) => pair.Left.Concat(pair.Right).ToImmutableHashSet());

        var locations = context.SyntaxProvider
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
                return model.GetSymbolInfo(pair.Left, ct).Symbol is IMethodSymbol
                    ? model.GetInterceptableLocation(pair.Left, ct)?.Data
                    : null;
            });

        // One file, empty but for a comment: any interceptor generator adds trees, which makes the compilation a new one
        // that binds its declarations and bodies again. Adding none would hand the same compilation back, whose caches
        // the binding above has already filled, and the floor would look lower than it is.
        context.RegisterSourceOutput(locations.Collect(), static (output, _) => output.AddSource("Floor.g.cs", "// The binding floor emits no code."));
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
