using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports calls bound at run time (<c>dynamic</c>) whose name is the name of an instrumented method of the compilation
/// (AI0004): the runtime binder may well call that method, and a call the compiler does not bind cannot be intercepted.
/// The names are collected once per compilation, and only when a dynamic call is met.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DynamicCallAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CallNotInterceptable);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            var compilation = start.Compilation;
            var instrumented = new Lazy<Dictionary<string, List<IMethodSymbol>>>(
                // Not the start action's token: a cancelled walk would stay cached in the Lazy for every later call.
                () => InstrumentedMethodsByName(compilation.Assembly.GlobalNamespace, symbols, CancellationToken.None),
                LazyThreadSafetyMode.ExecutionAndPublication);

            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IDynamicInvocationOperation)operation.Operation;
                    var name = invocation.Syntax is InvocationExpressionSyntax syntax ? InvokedName(syntax.Expression) : null;
                    if (name is null || !instrumented.Value.TryGetValue(name, out var methods))
                    {
                        return;
                    }

                    // The partial-form fix needs one method to convert; with several of that name, the message names them all.
                    var properties = methods.Count == 1 && methods[0].GetDocumentationCommentId() is { } id
                        ? ImmutableDictionary<string, string?>.Empty.Add(CompilerGeneratedCallAnalyzer.TargetMethodProperty, id)
                        : ImmutableDictionary<string, string?>.Empty;
                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.CallNotInterceptable, invocation.Syntax.GetLocation(), properties, name, "dynamically bound call", name));
                },
                OperationKind.DynamicInvocation);
        });
    }

    private static string? InvokedName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    private static Dictionary<string, List<IMethodSymbol>> InstrumentedMethodsByName(
        INamespaceSymbol root, InstrumentationSymbols symbols, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<IMethodSymbol>>(StringComparer.Ordinal);
        var types = new Stack<INamespaceOrTypeSymbol>();
        types.Push(root);
        while (types.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in types.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    types.Push(container);
                }
                else if (member is IMethodSymbol method && !InterceptionTargets.IsPartialForm(method) && symbols.IsInstrumented(method))
                {
                    if (!result.TryGetValue(method.Name, out var list))
                    {
                        result[method.Name] = list = new List<IMethodSymbol>();
                    }

                    list.Add(method);
                }
            }
        }

        return result;
    }
}
