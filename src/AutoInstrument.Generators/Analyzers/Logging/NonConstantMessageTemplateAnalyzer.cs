using System.Collections.Immutable;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Logging;

/// <summary>
/// AI1001: a message template built at run time by interpolation, concatenation, <c>string.Format</c>,
/// <c>string.Concat</c> or <c>ToString()</c>. A variable passed as the template is not judged: wrappers forward theirs,
/// alone or behind a prefix of their own.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonConstantMessageTemplateAnalyzer : TemplateAnalyzer
{
    /// <summary>Diagnostic property set when the method or an overload takes values after its template, so the fix can pass them there.</summary>
    public const string TakesValuesProperty = "TakesValues";

    public NonConstantMessageTemplateAnalyzer()
        : base(Descriptors.NonConstantMessageTemplate)
    {
    }

    private protected override void AnalyzeCall(SyntaxNodeAnalysisContext context, TemplateCall call)
    {
        var forwardedTemplate = TemplateCalls.DeclaredTemplateParameter(context.ContainingSymbol, TemplateSymbols.From(context.Compilation));
        if (RuntimeBuiltTemplate.Describe(call.Template.Value, forwardedTemplate) is not { } construction)
        {
            return;
        }

        var properties = call.AcceptsValues
            ? ImmutableDictionary<string, string?>.Empty.Add(TakesValuesProperty, "true")
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.NonConstantMessageTemplate, call.Template.Value.Syntax.GetLocation(), properties, call.MethodName, construction));
    }
}
