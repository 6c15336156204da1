using System;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>Fixes AI1102: turns <c>IncludeScopes = false</c> into true, or sets it in the formatter's configure lambda.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsoleScopesNotIncludedFixer)), Shared]
public sealed class ConsoleScopesNotIncludedFixer : CorrelationFixer
{
    private const string IncludeScopes = ConsoleScopesNotIncludedAnalyzer.IncludeScopes;

    public ConsoleScopesNotIncludedFixer()
        : base(DiagnosticIds.ConsoleScopesNotIncluded, "Include scopes")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        var (original, replacement) = node switch
        {
            LiteralExpressionSyntax excluded => (excluded, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(excluded)),
            _ when node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation => WithScopes(invocation),
            _ => default((SyntaxNode?, SyntaxNode?)),
        };
        return original is not null && replacement is not null ? Replace(document, root, original, replacement) : null;
    }

    /// <summary>Adds the assignment to the configure lambda, or adds a lambda when the call has none.</summary>
    private static (SyntaxNode?, SyntaxNode?) WithScopes(InvocationExpressionSyntax invocation)
    {
        var configure = invocation.ArgumentList.Arguments.Select(argument => argument.Expression).OfType<LambdaExpressionSyntax>().FirstOrDefault();
        if (configure is null)
        {
            var lambda = SyntaxFactory.ParseExpression("options => options." + IncludeScopes + " = true");
            return (invocation, invocation.AddArgumentListArguments(SyntaxFactory.Argument(lambda)));
        }

        return LambdaBodies.SingleParameterName(configure) is { } options
            ? (configure, LambdaBodies.AppendStatement(configure, SyntaxFactory.ParseStatement(options + "." + IncludeScopes + " = true;")))
            : (null, null);
    }
}
