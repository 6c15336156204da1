using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoInstrument.Analyzers.Tests.Infrastructure;

/// <summary>Runs an analyzer over a compilation and returns what it reports, to read the messages.</summary>
public static class AnalyzerRun
{
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(
        DiagnosticAnalyzer analyzer, string source, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "User",
            [CSharpSyntaxTree.ParseText(AnalyzerVerifier.Usings + source, new CSharpParseOptions(LanguageVersion.Latest))],
            references.Add(MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location)),
            new CSharpCompilationOptions(outputKind));
        return await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();
    }
}
