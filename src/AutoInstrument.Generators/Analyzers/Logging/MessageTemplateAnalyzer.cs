using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1001–AI1004 in one pass: each call that takes a message template is recognised once (by name or by a cheap look
/// at its arguments before anything is bound, then by its symbol) and handed to every template rule, which judges it
/// on its own terms. The logging types are looked up once per compilation; nothing is registered without them.
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
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = TemplateSymbols.From(start.Compilation);
            if (symbols.AnyLibrary)
            {
                start.RegisterSyntaxNodeAction(node => AnalyzeInvocation(node, symbols), SyntaxKind.InvocationExpression);
            }
        });
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, TemplateSymbols symbols)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (TemplateCalls.Recognize(invocation, context.SemanticModel, symbols, context.CancellationToken) is not { } call)
        {
            return;
        }

        foreach (var rule in Rules)
        {
            rule.Analyze(context, call, symbols);
        }
    }
}
