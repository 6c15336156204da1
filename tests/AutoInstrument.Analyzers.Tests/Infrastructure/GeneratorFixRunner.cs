using System.Collections.Immutable;
using AutoInstrument.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace AutoInstrument.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies a code fix to a diagnostic the generator or an analyzer reports, in a workspace, and returns the fixed
/// source with what the generator then reports. The testing library's fix verifier sees analyzer diagnostics only.
/// </summary>
public static class GeneratorFixRunner
{
    private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "AutoInstrument.Generated")]);

    /// <summary>The rules the generator's declaration parser decides (AI0001–AI0003, AI0005–AI0007, AI0009–AI0011).</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> DeclarationAnalyzers =
    [
        new AutoInstrument.Generators.Analyzers.Usage.InterceptorsNotEnabledAnalyzer(),
        new AutoInstrument.Generators.Analyzers.Usage.TagTypeAnalyzer(),
        new AutoInstrument.Generators.Analyzers.Usage.BucketsAnalyzer(),
        new AutoInstrument.Generators.Analyzers.Tracing.UnsupportedMethodAnalyzer(),
        new AutoInstrument.Generators.Analyzers.Tracing.InaccessibleTargetAnalyzer(),
        new AutoInstrument.Generators.Analyzers.Tracing.PartialFormAnalyzer(),
        new AutoInstrument.Generators.Analyzers.Tracing.UninstrumentedAbstractionAnalyzer(),
    ];

    public static async Task<FixResult> ApplyAsync(string source, string diagnosticId, CodeFixProvider fixer, DiagnosticAnalyzer? analyzer = null)
    {
        var document = await CreateDocumentAsync(source);
        var diagnostic = (await DiagnosticsAsync(document.Project, analyzer)).First(d => d.Id == diagnosticId);
        var tree = (await document.GetSyntaxTreeAsync())!;
        var inDocument = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree, diagnostic.Location.SourceSpan), diagnostic.Properties);

        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, inDocument, (action, _) => actions.Add(action), CancellationToken.None));
        var operation = (await Assert.Single(actions).GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var fixedDocument = operation.ChangedSolution.GetDocument(document.Id)!;
        var text = (await fixedDocument.GetTextAsync()).ToString();
        return new FixResult(Assert.Single(actions).Title, text, await DiagnosticsAsync(fixedDocument.Project, analyzer));
    }

    public static async Task<int> CountFixesAsync(string source, string diagnosticId, CodeFixProvider fixer)
    {
        var document = await CreateDocumentAsync(source);
        var diagnostic = (await DiagnosticsAsync(document.Project, null)).First(d => d.Id == diagnosticId);
        var tree = (await document.GetSyntaxTreeAsync())!;
        var inDocument = Diagnostic.Create(diagnostic.Descriptor, Location.Create(tree, diagnostic.Location.SourceSpan), diagnostic.Properties);
        var count = 0;
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, inDocument, (_, _) => count++, CancellationToken.None));
        return count;
    }

    private static async Task<Document> CreateDocumentAsync(string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "User",
            "User",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: ParseOptions,
            metadataReferences: references.Add(MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location))));
        return workspace.AddDocument(project.Id, "User.cs", SourceText.From(source));
    }

    /// <summary>What the generator, the declaration rules (and the analyzer, if any) report on the project, plus compiler errors after generation.</summary>
    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Project project, DiagnosticAnalyzer? analyzer)
    {
        var compilation = (await project.GetCompilationAsync())!;
        CSharpGeneratorDriver.Create([new AutoInstrumentGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var errors = generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
        var analyzerDiagnostics = analyzer is null
            ? ImmutableArray<Diagnostic>.Empty
            : await compilation.WithAnalyzers([analyzer]).GetAnalyzerDiagnosticsAsync();

        // The rules about declarations run over the compilation with generated code, as in a build.
        var declarationDiagnostics = await generated.WithAnalyzers(DeclarationAnalyzers).GetAnalyzerDiagnosticsAsync();
        return generatorDiagnostics.Concat(errors).Concat(analyzerDiagnostics).Concat(declarationDiagnostics).ToImmutableArray();
    }
}

public sealed record FixResult(string Title, string FixedSource, ImmutableArray<Diagnostic> DiagnosticsAfter);
