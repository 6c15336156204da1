using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Benchmarks.Generator;

/// <summary>
/// A large project as the build-cost bar describes it: services whose methods are all <c>[Traced]</c>, and callers
/// that call each of them several times among calls the generator must pass over.
/// </summary>
public static class SyntheticProject
{
    private const int MethodsPerService = 20;
    private const int CallsPerCaller = 10;

    public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Latest)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "AutoInstrument.Generated")]);

    public static CSharpCompilation Create(int methods, int callSites)
    {
        var services = methods / MethodsPerService;
        var trees = Enumerable.Range(0, services)
            .Select(Service)
            .Concat(Enumerable.Range(0, callSites / CallsPerCaller).Select(caller => Caller(caller, services)))
            .Select((source, index) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/src/File{index}.cs"))
            .ToList();
        return CSharpCompilation.Create(
            "Synthetic",
            trees,
            Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(TracedAttribute).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    // The runtime assembly is built against a newer System.Diagnostics.DiagnosticSource; the SDK silences these too.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));
    }

    private static string Service(int service)
    {
        var source = new StringBuilder($$"""
            using AutoInstrument;

            namespace Synthetic;

            public sealed class Service{{service}}
            {
            """).AppendLine();
        for (var method = 0; method < MethodsPerService; method++)
        {
            source.AppendLine($"    [Traced] public int Get{method}([Tag] int id) => id + {method};");
        }

        return source.AppendLine("}").ToString();
    }

    // Each caller makes CallsPerCaller instrumented calls, spread over every service, and as many ordinary ones.
    private static string Caller(int caller, int services)
    {
        var service = caller % services;
        var source = new StringBuilder($$"""
            namespace Synthetic;

            public static class Caller{{caller}}
            {
                public static int Run(Service{{service}} service, int id)
                {
                    var total = 0;
            """).AppendLine();
        for (var call = 0; call < CallsPerCaller; call++)
        {
            var method = (caller + call) % MethodsPerService;
            source.AppendLine($"        total += service.Get{method}(id);");
            source.AppendLine($"        total = System.Math.Max(total, id.ToString().Length);");
        }

        return source.AppendLine("        return total;").AppendLine("    }").AppendLine("}").ToString();
    }
}
