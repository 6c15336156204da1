using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1001–AI1004 in one pass: each call that takes a message template is recognised once, by its bound target, and
/// handed to every template rule, which judges it on its own terms. The analyzer reads the invocation operations the
/// driver builds for every body an operation rule looks at, rather than binding calls itself. The logging types are
/// looked up once per compilation; nothing is registered without them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MessageTemplateAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<TemplateRule> Rules = ImmutableArray.Create<TemplateRule>(
        new NonConstantMessageTemplateRule(),
        new PlaceholderCountRule(),
        new DuplicatePlaceholderNameRule(),
        new PositionalPlaceholdersRule());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Rules.Select(rule => rule.Descriptor).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is not analysed; what the driver would drop from the rest, GeneratedCodeFilter drops (see there why).
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TemplateSymbols.From(start.Compilation);
            if (symbols.AnyLibrary)
            {
                var generatedCode = start.Compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");
                start.RegisterOperationAction(operation => AnalyzeInvocation(operation, symbols, generatedCode), OperationKind.Invocation);
            }
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, TemplateSymbols symbols, INamedTypeSymbol? generatedCode)
    {
        // Every template rule reports at the template argument.
        if (TemplateCalls.Recognize((IInvocationOperation)context.Operation, symbols) is not { } call
            || GeneratedCodeFilter.IsGenerated(call.Template.Value.Syntax, context.Operation.SemanticModel!, generatedCode, context.CancellationToken))
        {
            return;
        }

        foreach (var rule in Rules)
        {
            rule.Analyze(context, call, symbols);
        }
    }
}
