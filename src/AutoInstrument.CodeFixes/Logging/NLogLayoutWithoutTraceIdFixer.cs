using System.Composition;
using AutoInstrument.CodeFixes.Logging.Correlation;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace AutoInstrument.CodeFixes.Logging;

/// <summary>Fixes AI1104: writes <c>${activity:property=TraceId}</c> at the end of the layout.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NLogLayoutWithoutTraceIdFixer)), Shared]
public sealed class NLogLayoutWithoutTraceIdFixer : StringLiteralFix
{
    public NLogLayoutWithoutTraceIdFixer()
        : base(DiagnosticIds.NLogLayoutWithoutTraceId, "Add ${activity:property=TraceId} to the layout")
    {
    }

    protected override string Rewrite(string text) => text + " ${activity:property=TraceId}";
}
