using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports, as information, instrumented methods that only code outside the compilation calls, and that no caller can
/// compile with the generator (AI0016): the entry point, ASP.NET Core controller actions, Razor Pages handlers, SignalR hub
/// methods and Azure Functions. The runtime or the framework calls them, so interception never reaches them; the partial
/// form does. A public method of a library is not reported: other assemblies that use AutoInstrument intercept their calls.
/// The rule stays quiet on a method that the compilation itself calls, which is known only once every call is seen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FrameworkInvokedMethodAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NoVisibleCallSite);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            var compilation = start.Compilation;
            var frameworks = new FrameworkSymbols(compilation);
            var entryPoint = compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication
                ? compilation.GetEntryPoint(start.CancellationToken)
                : null;
            if (entryPoint is null && frameworks.IsEmpty)
            {
                return;
            }

            var candidates = new ConcurrentDictionary<IMethodSymbol, string>(SymbolEqualityComparer.Default);
            var called = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

            start.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (method.MethodKind != MethodKind.Ordinary || InterceptionTargets.IsPartialForm(method) || !symbols.IsInstrumented(method))
                    {
                        return;
                    }

                    var invoker = SymbolEqualityComparer.Default.Equals(method, entryPoint) ? "the entry point" : frameworks.InvokerOf(method);
                    if (invoker is not null)
                    {
                        candidates[method] = invoker;
                    }
                },
                SymbolKind.Method);

            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    var target = invocation.TargetMethod.OriginalDefinition;
                    if (!invocation.IsImplicit
                        && invocation.Syntax is InvocationExpressionSyntax { Expression: not MemberAccessExpressionSyntax { Expression: BaseExpressionSyntax } }
                        && SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, compilation.Assembly)
                        && symbols.IsInstrumented(target))
                    {
                        called.TryAdd(target, true);
                    }
                },
                OperationKind.Invocation);

            start.RegisterCompilationEndAction(end =>
            {
                foreach (var candidate in candidates)
                {
                    if (!called.ContainsKey(candidate.Key))
                    {
                        end.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.NoVisibleCallSite, MethodModelBuilder.LocationOf(candidate.Key), candidate.Key.Name, candidate.Value, candidate.Key.Name));
                    }
                }
            });
        });
    }
}
