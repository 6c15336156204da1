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
internal sealed class NonConstantMessageTemplateRule : TemplateRule
{
    /// <summary>Diagnostic property set when the method or an overload takes values after its template, so the fix can pass them there.</summary>
    public const string TakesValuesProperty = "TakesValues";

    private static readonly ImmutableDictionary<string, string?> TakesValues = ImmutableDictionary<string, string?>.Empty.Add(TakesValuesProperty, "true");

    public override DiagnosticDescriptor Descriptor => Descriptors.NonConstantMessageTemplate;

    public override void Analyze(OperationAnalysisContext context, TemplateCall call, TemplateSymbols symbols)
    {
        if (call.Template.Value.ConstantValue.HasValue)
        {
            return;
        }

        var forwardedTemplate = TemplateCalls.DeclaredTemplateParameter(context.ContainingSymbol, symbols);
        if (RuntimeBuiltTemplate.Describe(call.Template.Value, forwardedTemplate) is not { } construction)
        {
            return;
        }

        var properties = TemplateCalls.AcceptsValues(call, symbols) ? TakesValues : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptor, call.Template.Value.Syntax.GetLocation(), properties, call.MethodName, construction));
    }
}
