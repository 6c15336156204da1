using System;
using System.Composition;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>Fixes AI1103: writes <c>{TraceId}</c> at the end of the first line of the output template.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SerilogTemplateWithoutTraceIdFixer)), Shared]
public sealed class SerilogTemplateWithoutTraceIdFixer : StringLiteralFix
{
    public SerilogTemplateWithoutTraceIdFixer()
        : base(DiagnosticIds.SerilogTemplateWithoutTraceId, "Add {TraceId} to the output template")
    {
    }

    /// <summary>Before the first <c>{NewLine}</c>, so the ID stays on the line it belongs to; at the end when there is none.</summary>
    protected override string Rewrite(string text)
    {
        var newLine = text.IndexOf("{NewLine}", StringComparison.Ordinal);
        return newLine < 0 ? text + " {TraceId}" : text.Insert(newLine, " {TraceId}");
    }
}
