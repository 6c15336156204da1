using System;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Analyzers.TracingApi;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.CodeFixes.TracingApi;

/// <summary>
/// Fixes AI2001: <c>var activity = source.StartActivity(…);</c> becomes <c>using var activity = …;</c>, so the span
/// ends when the block does, whichever way it is left. Offered only where the analyzer found a using declaration fits.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ActivityNotStoppedFixer)), Shared]
public sealed class ActivityNotStoppedFixer : CorrelationFixer
{
    public ActivityNotStoppedFixer()
        : base(DiagnosticIds.ActivityNotStopped, "Declare the activity with 'using'")
    {
    }

    protected override Func<CancellationToken, Task<Document>>? CreateFix(Document document, SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.ContainsKey(ActivityNotStoppedAnalyzer.UsingDeclarationFitsProperty)
            || diagnostic.AdditionalLocations.Count == 0
            || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan) is not VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax statement })
        {
            return null;
        }

        var usingKeyword = SyntaxFactory.Token(SyntaxKind.UsingKeyword)
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxFactory.Space);
        return Replace(document, root, statement, statement.WithoutLeadingTrivia().WithUsingKeyword(usingKeyword));
    }
}
