using Microsoft.CodeAnalysis;

namespace AutoInstrument.Benchmarks.Floor;

/// <summary>
/// The floor of the build-cost bar: what any interceptor-based generator pays. It binds the calls of <c>[Traced]</c>
/// methods (<see cref="TracedCallSites"/>) and emits no code. The binding of the method bodies that hold those calls
/// happens again when the compiler compiles them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class BindingFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // One file, empty but for a comment: any interceptor generator adds trees, which makes the compilation a new one
        // that binds its declarations and bodies again. Adding none would hand the same compilation back, whose caches
        // the binding of the call sites has already filled, and the floor would look lower than it is.
        context.RegisterSourceOutput(
            TracedCallSites.Bind(context).Collect(),
            static (output, _) => output.AddSource("Floor.g.cs", "// The binding floor emits no code."));
    }
}
