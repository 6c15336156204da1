using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports calls of an instrumented method that the compiler writes itself (AI0004): a collection initializer's
/// <c>Add</c>, <c>foreach</c>'s <c>GetEnumerator</c>/<c>MoveNext</c>/<c>Dispose</c>, <c>Deconstruct</c>, <c>using</c>'s
/// <c>Dispose</c>/<c>DisposeAsync</c>, <c>await</c>'s <c>GetAwaiter</c>/<c>GetResult</c>, query-expression methods and the
/// like. Interception needs an invocation written in source, so these run without instrumentation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CompilerGeneratedCallAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property that names the method by its documentation ID, for the partial-form code fix.</summary>
    public const string TargetMethodProperty = "TargetMethod";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CallNotInterceptable);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            var disposable = start.Compilation.GetSpecialType(SpecialType.System_IDisposable);
            var asyncDisposable = start.Compilation.GetTypeByMetadataName("System.IAsyncDisposable");

            void Check(OperationAnalysisContext context, IMethodSymbol? method, ITypeSymbol? receiver, SyntaxNode at, string kind)
            {
                foreach (var target in Targets(method, receiver))
                {
                    if (!InterceptionTargets.IsPartialForm(target) && symbols.IsInstrumented(target))
                    {
                        Report(context, target, at, kind);
                        return;
                    }
                }
            }

            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    // The syntax of an implicit call is what it is made for: the element 'Seed()' of '{ Seed() }' for its Add.
                    if (invocation.IsImplicit || invocation.Syntax is not InvocationExpressionSyntax)
                    {
                        Check(operation, invocation.TargetMethod, invocation.Instance?.Type, invocation.Syntax, ImplicitCallKind(invocation.Syntax));
                    }
                },
                OperationKind.Invocation);

            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.Operation is not IForEachLoopOperation { Syntax: CommonForEachStatementSyntax syntax } || operation.Operation.SemanticModel is not { } model)
                    {
                        return;
                    }

                    var kind = syntax.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) ? "await foreach statement's call" : "foreach statement's call";
                    var info = model.GetForEachStatementInfo(syntax);
                    var enumerator = info.GetEnumeratorMethod?.ReturnType;
                    Check(operation, info.GetEnumeratorMethod, model.GetTypeInfo(syntax.Expression, operation.CancellationToken).Type, syntax.Expression, kind);
                    Check(operation, info.MoveNextMethod, enumerator, syntax.Expression, kind);
                    Check(operation, info.DisposeMethod, enumerator, syntax.Expression, kind);
                    if (syntax is ForEachVariableStatementSyntax deconstructing)
                    {
                        CheckDeconstruction(operation, model.GetDeconstructionInfo(deconstructing), deconstructing.Variable);
                    }
                },
                OperationKind.Loop);

            void CheckDeconstruction(OperationAnalysisContext context, DeconstructionInfo info, SyntaxNode at)
            {
                Check(context, info.Method, null, at, "deconstruction's call");
                foreach (var nested in info.Nested)
                {
                    CheckDeconstruction(context, nested, at);
                }
            }

            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.Operation.Syntax is AssignmentExpressionSyntax assignment && operation.Operation.SemanticModel is { } model)
                    {
                        CheckDeconstruction(operation, model.GetDeconstructionInfo(assignment), assignment);
                    }
                },
                OperationKind.DeconstructionAssignment);

            start.RegisterOperationAction(
                operation =>
                {
                    var pattern = (IRecursivePatternOperation)operation.Operation;
                    Check(operation, pattern.DeconstructSymbol as IMethodSymbol, pattern.MatchedType, pattern.Syntax, "positional pattern's call");
                },
                OperationKind.RecursivePattern);

            start.RegisterOperationAction(
                operation =>
                {
                    if (operation.Operation.Syntax is AwaitExpressionSyntax syntax && operation.Operation.SemanticModel is { } model)
                    {
                        var info = model.GetAwaitExpressionInfo(syntax);
                        Check(operation, info.GetAwaiterMethod, null, syntax, "await expression's call");
                        Check(operation, info.GetResultMethod, null, syntax, "await expression's call");
                    }
                },
                OperationKind.Await);

            void CheckDisposal(OperationAnalysisContext context, IOperation resources, bool isAsynchronous)
            {
                var kind = isAsynchronous ? "await using statement's call" : "using statement's call";
                IEnumerable<ITypeSymbol?> resourceTypes = resources is IVariableDeclarationGroupOperation group
                    ? group.Declarations.SelectMany(d => d.Declarators).Select(d => (ITypeSymbol?)d.Symbol.Type)
                    : new[] { resources.Type };
                foreach (var type in resourceTypes)
                {
                    var dispose = DisposeMethods(type, isAsynchronous ? asyncDisposable : disposable, isAsynchronous ? "DisposeAsync" : "Dispose")
                        .SelectMany(m => Targets(m, type))
                        .FirstOrDefault(m => !InterceptionTargets.IsPartialForm(m) && symbols.IsInstrumented(m));
                    if (dispose is not null)
                    {
                        Report(context, dispose, resources.Syntax is LocalDeclarationStatementSyntax local ? local.Declaration : resources.Syntax, kind);
                    }
                }
            }

            start.RegisterOperationAction(
                operation =>
                {
                    var usingOperation = (IUsingOperation)operation.Operation;
                    CheckDisposal(operation, usingOperation.Resources, usingOperation.IsAsynchronous);
                },
                OperationKind.Using);

            start.RegisterOperationAction(
                operation =>
                {
                    var declaration = (IUsingDeclarationOperation)operation.Operation;
                    CheckDisposal(operation, declaration.DeclarationGroup, declaration.IsAsynchronous);
                },
                OperationKind.UsingDeclaration);

            start.RegisterOperationAction(
                operation =>
                {
                    var collection = (ICollectionExpressionOperation)operation.Operation;
                    Check(operation, collection.ConstructMethod, null, collection.Syntax, "collection expression's call");

                    // Built with a constructor, the collection gets an Add call per element, which neither the operation nor the
                    // semantic model shows: take the Add overloads the element converts to.
                    if (collection.ConstructMethod is { MethodKind: MethodKind.Constructor }
                        && collection.Type is { } type
                        && collection.Syntax is CollectionExpressionSyntax syntax
                        && operation.Operation.SemanticModel is { } model)
                    {
                        var adds = AddMethods(type).Where(m => !InterceptionTargets.IsPartialForm(m.OriginalDefinition) && symbols.IsInstrumented(m.OriginalDefinition)).ToList();
                        foreach (var element in adds.Count == 0 ? Enumerable.Empty<ExpressionElementSyntax>() : syntax.Elements.OfType<ExpressionElementSyntax>())
                        {
                            var elementType = model.GetTypeInfo(element.Expression, operation.CancellationToken).Type;
                            var add = adds.FirstOrDefault(m => elementType is not null && model.Compilation.ClassifyConversion(elementType, m.Parameters[0].Type).IsImplicit);
                            if (add is not null)
                            {
                                Report(operation, add.OriginalDefinition, element, "collection expression's call");
                            }
                        }
                    }
                },
                OperationKind.CollectionExpression);
        });
    }

    /// <summary>The method called, and the implementation an interface member dispatches to on a known receiver type.</summary>
    private static IEnumerable<IMethodSymbol> Targets(IMethodSymbol? method, ITypeSymbol? receiver)
    {
        if (method is null)
        {
            yield break;
        }

        yield return method.ReducedFrom ?? method.OriginalDefinition;
        if (method.ContainingType.TypeKind == TypeKind.Interface
            && receiver is { TypeKind: not TypeKind.Interface and not TypeKind.TypeParameter }
            && receiver.FindImplementationForInterfaceMember(method) is IMethodSymbol implementation)
        {
            yield return implementation.OriginalDefinition;
        }
    }

    /// <summary>The <c>Dispose</c>/<c>DisposeAsync</c> a <c>using</c> may call: the interface's, or the pattern method.</summary>
    private static IEnumerable<IMethodSymbol> DisposeMethods(ITypeSymbol? type, INamedTypeSymbol? disposableInterface, string name)
    {
        if (type is null)
        {
            yield break;
        }

        if (disposableInterface?.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault() is { } interfaceMethod)
        {
            yield return interfaceMethod;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var method in current.GetMembers(name).OfType<IMethodSymbol>())
            {
                if (!method.IsStatic && method.Parameters.All(p => p.IsOptional || p.IsParams))
                {
                    yield return method;
                }
            }
        }
    }

    private static IEnumerable<IMethodSymbol> AddMethods(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var method in current.GetMembers("Add").OfType<IMethodSymbol>())
            {
                if (!method.IsStatic && method.Parameters.Length == 1)
                {
                    yield return method;
                }
            }
        }
    }

    private static string ImplicitCallKind(SyntaxNode syntax)
    {
        foreach (var ancestor in syntax.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case InitializerExpressionSyntax:
                    return "collection initializer's call";
                case QueryExpressionSyntax:
                    return "query expression's call";
                case InterpolatedStringExpressionSyntax:
                    return "interpolated string's call";
                case StatementSyntax or MemberDeclarationSyntax:
                    return "compiler-generated call";
            }
        }

        return "compiler-generated call";
    }

    private static void Report(OperationAnalysisContext context, IMethodSymbol method, SyntaxNode at, string kind)
    {
        var properties = method.GetDocumentationCommentId() is { } id
            ? ImmutableDictionary<string, string?>.Empty.Add(TargetMethodProperty, id)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CallNotInterceptable, at.GetLocation(), properties, method.Name, kind, method.Name));
    }
}
