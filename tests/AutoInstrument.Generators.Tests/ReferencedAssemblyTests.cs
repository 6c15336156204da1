using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Tests;

/// <summary>Calls into a library built with AutoInstrument are instrumented in the calling assembly.</summary>
public sealed class ReferencedAssemblyTests
{
    private const string Library = """
        using AutoInstrument;

        namespace Payments;

        public class Gateway
        {
            [Traced]
            public int Charge([Tag("amount")] int amount) => amount;

            public int Refund(int amount) => -amount;
        }
        """;

    private const string Application = """
        namespace App;

        public static class Calls
        {
            public static int Run() => new Payments.Gateway().Charge(42) + new Payments.Gateway().Refund(2);
        }
        """;

    [Fact]
    public void A_traced_method_of_a_referenced_assembly_is_intercepted_in_the_caller()
    {
        var (run, _) = BuildApplication("Payments_" + nameof(A_traced_method_of_a_referenced_assembly_is_intercepted_in_the_caller));

        var interceptors = run.Generated("AutoInstrument.Interceptors.g.cs");
        Assert.Contains("Payments_Gateway_Charge", interceptors, StringComparison.Ordinal);
        Assert.DoesNotContain("Refund", interceptors, StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void The_caller_registers_the_library_source_for_AddAutoInstrumentation()
    {
        var libraryName = "Payments_" + nameof(The_caller_registers_the_library_source_for_AddAutoInstrumentation);
        var (run, _) = BuildApplication(libraryName);

        Assert.Contains($"InstrumentationRegistry.Register(\"{libraryName}\")", run.Generated("AutoInstrument.Telemetry.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_span_of_a_library_call_comes_from_the_declaring_assembly()
    {
        var libraryName = "Payments_" + nameof(The_span_of_a_library_call_comes_from_the_declaring_assembly);
        var (run, library) = BuildApplication(libraryName);
        using var spans = new SpanRecorder(libraryName);
        System.Runtime.Loader.AssemblyLoadContext.Default.Resolving += (_, name) => name.Name == libraryName ? library : null;

        var result = LoadedAssembly.Load(run.OutputCompilation).Invoke("App.Calls", "Run");

        Assert.Equal(40, result);
        Assert.Equal(42, spans.Single("Gateway.Charge").GetTagItem("amount"));
    }

    [Fact]
    public void A_library_marked_by_a_look_alike_of_the_runtime_attribute_is_not_registered()
    {
        const string lookAlike = """
            [assembly: AutoInstrument.Runtime.InstrumentedAssembly("look-alike")]

            namespace AutoInstrument.Runtime
            {
                public sealed class InstrumentedAssemblyAttribute : System.Attribute
                {
                    public InstrumentedAssemblyAttribute(string sourceName) { }
                }
            }
            """;
        var library = GeneratorRunner.Compile([lookAlike], assemblyName: "LookAlike").ToMetadataReference();
        var application = GeneratorRunner.Compile(["public class C { [AutoInstrument.Traced] public void M() { } }"], extraReferences: [library]);

        var telemetry = GeneratorRunner.Run(application).Generated("AutoInstrument.Telemetry.g.cs");

        Assert.DoesNotContain("look-alike", telemetry, StringComparison.Ordinal);
    }

    private static (GeneratorRun Run, System.Reflection.Assembly Library) BuildApplication(string libraryName)
    {
        var libraryRun = GeneratorRunner.Run(GeneratorRunner.Compile([Library], assemblyName: libraryName));
        Assert.Empty(libraryRun.CompilationDiagnostics);
        using var image = new MemoryStream();
        Assert.True(libraryRun.OutputCompilation.Emit(image).Success);
        var reference = MetadataReference.CreateFromImage(image.ToArray());
        var library = System.Reflection.Assembly.Load(image.ToArray());

        var application = GeneratorRunner.Compile([Application], assemblyName: "App_" + libraryName, extraReferences: [reference]);
        return (GeneratorRunner.Run(application), library);
    }
}
