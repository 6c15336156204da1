using System;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.Logging;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>Fixes AI1102: turns <c>IncludeScopes = false</c> into true, or sets it for the formatter in its configure lambda.</summary>
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

    /// <summary>
    /// Adds the assignment to the configure lambda, or adds a lambda when the call has none. <c>AddConsole</c>'s own
    /// <c>IncludeScopes</c> is obsolete, so there the simple formatter, its default, is configured instead.
    /// </summary>
    private static (SyntaxNode?, SyntaxNode?) WithScopes(InvocationExpressionSyntax invocation)
    {
        var configure = invocation.ArgumentList.Arguments.Select(argument => argument.Expression).OfType<LambdaExpressionSyntax>().FirstOrDefault();
        var isConsoleLogger = InvocationNames.MethodName(invocation) == "AddConsole";
        if (configure is null)
        {
            var withLambda = invocation.AddArgumentListArguments(SyntaxFactory.Argument(IncludeScopesLambda()));
            return (invocation, isConsoleLogger ? WithSimpleConsoleName(withLambda) : withLambda);
        }

        if (isConsoleLogger)
        {
            return LoggingConfigurationSyntax.FindAssignment(configure, "FormatterName") is null
                ? (invocation, FollowedBySimpleConsole(invocation))
                : (null, null);
        }

        return LambdaBodies.SingleParameterName(configure) is { } options
            ? (configure, LambdaBodies.AppendStatement(configure, SyntaxFactory.ParseStatement(options + "." + IncludeScopes + " = true;")))
            : (null, null);
    }

    private static ExpressionSyntax IncludeScopesLambda() => SyntaxFactory.ParseExpression("options => options." + IncludeScopes + " = true");

    private static InvocationExpressionSyntax WithSimpleConsoleName(InvocationExpressionSyntax invocation)
    {
        var name = SyntaxFactory.IdentifierName("AddSimpleConsole");
        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax memberAccess => invocation.WithExpression(memberAccess.WithName(name.WithTriviaFrom(memberAccess.Name))),
            SimpleNameSyntax simpleName => invocation.WithExpression(name.WithTriviaFrom(simpleName)),
            _ => invocation,
        };
    }

    /// <summary><c>builder.AddConsole(configure).AddSimpleConsole(options => options.IncludeScopes = true)</c>: the console logger is added once.</summary>
    private static InvocationExpressionSyntax FollowedBySimpleConsole(InvocationExpressionSyntax invocation) =>
        SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, invocation.WithoutTrivia(), SyntaxFactory.IdentifierName("AddSimpleConsole")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(IncludeScopesLambda()))))
            .WithTriviaFrom(invocation);
}
