using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace AutoInstrument.Analyzers.Tests.Logging.Correlation;

/// <summary>
/// Compilations for the trace-correlation rules: .NET 8 with the logging libraries they recognise, and the
/// AutoInstrument runtime for <c>[Traced]</c>.
/// </summary>
internal static class CorrelationTest
{
    private static readonly PackageIdentity[] Packages =
    [
        new("Microsoft.Extensions.Logging", "10.0.0"),
        new("Microsoft.Extensions.Logging.Console", "10.0.0"),
        new("Serilog", "4.3.0"),
        new("NLog", "6.2.0"),
        new("OpenTelemetry", "1.20.1"),
    ];

    public static readonly ReferenceAssemblies References = InstallFirst(ReferenceAssemblies.Net.Net80, Packages);

    /// <summary>
    /// The testing library leaves out the assemblies of a package it has only just downloaded, and keeps that short list
    /// for every equal <see cref="ReferenceAssemblies"/> (on a fresh machine: CS0246 for Serilog and NLog in every test).
    /// Resolving each package on its own first installs them all, so the combined set resolves complete.
    /// </summary>
    private static ReferenceAssemblies InstallFirst(ReferenceAssemblies framework, PackageIdentity[] packages)
    {
        foreach (var package in packages)
        {
            framework.AddPackages([package]).ResolveAsync(LanguageNames.CSharp, CancellationToken.None).GetAwaiter().GetResult();
        }

        return framework.AddPackages([.. packages]);
    }

    /// <summary>The logging libraries without OpenTelemetry: a program that records no activities.</summary>
    private static readonly ReferenceAssemblies LoggingWithoutTracing =
        ReferenceAssemblies.Net.Net80.AddPackages([.. Packages.Where(package => !package.Id.StartsWith("OpenTelemetry", StringComparison.Ordinal))]);

    /// <summary>
    /// NLog 5, where a call with one string or number binds to a typed overload (<c>Debug(string message, string
    /// argument)</c>); NLog 6 gives those a lower overload priority on .NET, so its calls bind to the generic one.
    /// </summary>
    private static readonly ReferenceAssemblies NLog5 = InstallFirst(ReferenceAssemblies.Net.Net80, [new("NLog", "5.5.1")]);

    /// <summary>Places statements in a method that sets up logging on a service collection.</summary>
    public static string InServiceSetup(string body) => $$"""
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;

        public static class Setup
        {
            public static void Configure(IServiceCollection services)
            {
                {{body}}
            }
        }
        """;

    /// <summary>Places statements in the entry point of a console program.</summary>
    public static string InCommandLineTool(string body) => $$"""
        using Microsoft.Extensions.Logging;

        public static class Tool
        {
            public static void Main()
            {
                {{body}}
            }
        }
        """;

    public static Task AnalyzeAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        AnalyzerTest<TAnalyzer>(source).RunAsync();

    /// <summary>Runs the analyzer over code that references a second project, compiled from <paramref name="library"/>.</summary>
    public static Task AnalyzeWithLibraryAsync<TAnalyzer>(string source, string library)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = AnalyzerTest<TAnalyzer>(source);
        var project = new ProjectState("Library", LanguageNames.CSharp, "/Library/Test", "cs") { ReferenceAssemblies = References };
        test.TestState.AdditionalProjects.Add("Library", project);
        project.Sources.Add(("/Library/Log.cs", library));
        test.TestState.AdditionalProjectReferences.Add("Library");
        return test.RunAsync();
    }

    /// <summary>Runs the analyzer over code compiled without OpenTelemetry, AutoInstrument or ASP.NET Core.</summary>
    public static Task AnalyzeWithoutTracingAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = LoggingWithoutTracing }.RunAsync();

    /// <summary>Runs the analyzer over code compiled against NLog 5 alone.</summary>
    public static Task AnalyzeWithNLog5Async<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = NLog5 }.RunAsync();

    /// <summary>Runs the analyzer over code that does not compile; the test fails if the analyzer throws.</summary>
    public static Task AnalyzeBrokenCodeAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = AnalyzerTest<TAnalyzer>(source);
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    private static CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> AnalyzerTest<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = References };
        test.TestState.AdditionalReferences.Add(RuntimeAssembly);
        return test;
    }

    public static Task FixAsync<TAnalyzer, TFixer>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFixer : CodeFixProvider, new() =>
        CodeFixTest<TAnalyzer, TFixer>(source, fixedSource).RunAsync();

    /// <summary>Checks that the diagnostics in <paramref name="source"/> are reported and that no fix is offered for them.</summary>
    public static Task NoFixAsync<TAnalyzer, TFixer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFixer : CodeFixProvider, new()
    {
        var test = CodeFixTest<TAnalyzer, TFixer>(source, source);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    private static CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier> CodeFixTest<TAnalyzer, TFixer>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFixer : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = References,
        };
        test.TestState.AdditionalReferences.Add(RuntimeAssembly);
        test.FixedState.AdditionalReferences.Add(RuntimeAssembly);
        return test;
    }

    private static MetadataReference RuntimeAssembly =>
        MetadataReference.CreateFromFile(typeof(AutoInstrument.TracedAttribute).Assembly.Location);
}
