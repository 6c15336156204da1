using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoInstrument.Analyzers.Tests.Infrastructure;

/// <summary>The usings every test source starts with.</summary>
public static class AnalyzerVerifier
{
    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Diagnostics;\nusing System.Threading.Tasks;\nusing AutoInstrument;\n";
}

/// <summary>Runs one analyzer over sources that reference the AutoInstrument runtime; diagnostics are given as markup.</summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary, params string[] otherSources)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,

            // Some IDs have two descriptors with the same severity (AI0002, AI0008), which differ only in their message.
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
            TestState =
            {
                OutputKind = outputKind,
                AdditionalReferences = { MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location) },
            },
        };
        test.TestState.Sources.Add(AnalyzerVerifier.Usings + source);
        foreach (var other in otherSources)
        {
            test.TestState.Sources.Add(other);
        }

        return test.RunAsync();
    }
}
