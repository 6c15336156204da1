using System.Collections.Immutable;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Tracing;

/// <summary>
/// Reports <c>[Traced]</c>/<c>[Measured]</c> on a lambda (<c>app.MapGet("/ping", [Traced] () => "pong")</c>) or a local
/// function (AI0015). Neither has a call the generator can intercept — a lambda is a delegate, a local function is called
/// by its containing method's own code — so the attribute compiles and does nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnonymousFunctionAttributeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AnonymousFunctionAttribute);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var (lists, subject) = node.Node switch
                    {
                        ParenthesizedLambdaExpressionSyntax lambda => (lambda.AttributeLists, "a lambda"),
                        LocalFunctionStatementSyntax local => (local.AttributeLists, $"the local function '{local.Identifier.ValueText}'"),
                        _ => (default(SyntaxList<AttributeListSyntax>), string.Empty),
                    };
                    foreach (var list in lists)
                    {
                        if (list.Target is not null && !list.Target.Identifier.IsKind(SyntaxKind.MethodKeyword))
                        {
                            continue;
                        }

                        foreach (var attribute in list.Attributes)
                        {
                            var type = node.SemanticModel.GetSymbolInfo(attribute, node.CancellationToken).Symbol?.ContainingType;
                            if (symbols.IsInstrumentationAttribute(type))
                            {
                                node.ReportDiagnostic(Diagnostic.Create(
                                    Descriptors.AnonymousFunctionAttribute, attribute.GetLocation(), type!.Name.Replace("Attribute", string.Empty), subject));
                            }
                        }
                    }
                },
                SyntaxKind.ParenthesizedLambdaExpression,
                SyntaxKind.LocalFunctionStatement);
        });
    }
}
