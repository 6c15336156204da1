using AutoInstrument.CodeFixes.Tracing;
using AutoInstrument.Generators;
using AutoInstrument.Generators.Analyzers.Boundaries;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace AutoInstrument.Analyzers.Tests.Boundaries;

/// <summary>
/// Runs AI0022 and its fix over sources with a boundary declaration in <c>/.editorconfig</c>, as a project's own
/// .editorconfig gives it; the fixed code is compiled with the generator, so a partial form must be implemented by it.
/// </summary>
internal static class BoundaryTest
{
    /// <summary>The framework types the fix tells apart, as ASP.NET Core and Microsoft.Extensions.Hosting declare them.</summary>
    public const string Framework = """
        namespace Microsoft.AspNetCore.Mvc
        {
            public abstract class ControllerBase { }

            [System.AttributeUsage(System.AttributeTargets.Class, Inherited = true)]
            public class ControllerAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Class, Inherited = true)]
            public sealed class ApiControllerAttribute : ControllerAttribute { }
        }

        namespace Microsoft.Extensions.Hosting
        {
            public interface IHostedService
            {
                System.Threading.Tasks.Task StartAsync(System.Threading.CancellationToken cancellationToken);
                System.Threading.Tasks.Task StopAsync(System.Threading.CancellationToken cancellationToken);
            }
        }
        """;

    /// <summary>A global config is named as the SDK finds it; any other config is the project's .editorconfig.</summary>
    private static string ConfigPath(string config) => config.StartsWith("is_global", StringComparison.Ordinal) ? "/.globalconfig" : "/.editorconfig";

    public static string EditorConfig(params string[] lines) => "root = true\n\n[*.cs]\n" + string.Join("\n", lines) + "\n";

    public static Task AnalyzeAsync(string editorConfig, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UninstrumentedBoundaryAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestState =
            {
                Sources = { source },
                AnalyzerConfigFiles = { (ConfigPath(editorConfig), editorConfig) },
                AdditionalReferences = { Runtime },
            },
        };
        AddFramework(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task FixAsync(string editorConfig, string source, string fixedSource) => FixAsync(editorConfig, [source], [fixedSource]);

    /// <summary>Checks the fix of every diagnostic one at a time and, as the testing library does, Fix All in document, project and solution.</summary>
    public static Task FixAsync(string editorConfig, string[] sources, string[] fixedSources)
    {
        var test = new FixTest();
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AnalyzerConfigFiles.Add((ConfigPath(editorConfig), editorConfig));
            state.AdditionalReferences.Add(Runtime);
            AddFramework(state);
        }

        for (var index = 0; index < sources.Length; index++)
        {
            test.TestState.Sources.Add(($"/0/Service{index}.cs", sources[index]));
            test.FixedState.Sources.Add(($"/0/Service{index}.cs", fixedSources[index]));
        }

        return test.RunAsync();
    }

    /// <summary>The framework as its own project, as its assemblies are to a user's: not analyzed under the user's declaration.</summary>
    private static void AddFramework(SolutionState state)
    {
        var framework = new ProjectState("Framework", LanguageNames.CSharp, "/Framework/Test", "cs") { Sources = { Framework } };
        state.AdditionalProjects.Add(framework.Name, framework);
        state.AdditionalProjectReferences.Add(framework.Name);
    }

    private static MetadataReference Runtime => MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location);

    private sealed class FixTest : CSharpCodeFixTest<UninstrumentedBoundaryAnalyzer, InstrumentBoundaryFixer, DefaultVerifier>
    {
        public FixTest()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;

            // The generated wrappers are the generator tests' concern; here they only have to make the fixed code compile.
            TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
                projectId,
                ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!)
                    .WithLanguageVersion(LanguageVersion.Latest)
                    .WithFeatures([new("InterceptorsNamespaces", "AutoInstrument.Generated")])));
        }

        protected override IEnumerable<Type> GetSourceGenerators() => [typeof(AutoInstrumentGenerator)];
    }
}
