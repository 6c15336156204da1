namespace AutoInstrument.Generators.Tests;

/// <summary>Half-typed and broken code, as the IDE feeds it on every keystroke: the generator must never throw.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> MalformedSources => new()
    {
        "[AutoInstrument.Traced] public class",
        "using AutoInstrument; public class C { [Traced] public int M( => 1; }",
        "using AutoInstrument; public class C { [Traced] public M() { } }",
        "using AutoInstrument; public class C { [Traced] public int M(int) => 1; void N() { M(); } }",
        "using AutoInstrument; public class C { [Traced] public Unknown M(Missing x) => default; void N() { M(null); } }",
        "using AutoInstrument; public class C { [Traced(] public void M() { } }",
        "using AutoInstrument; public class C { [Traced(42)] public void M() { } void N() { M(); } }",
        "using AutoInstrument; public class C { [Traced(Kind = (System.Diagnostics.ActivityKind)99)] public void M() { } void N() { M(); } }",
        "using AutoInstrument; public class C { [Traced] public void M([Tag(null)] int x) { } void N() { M(1); } }",
        "using AutoInstrument; public class C { [Traced] public void M([Tag] Unknown x) { } void N() { M(default); } }",
        "using AutoInstrument; public class C { [Traced] public partial void M(); }",
        "using AutoInstrument; public partial class C { [Traced] public partial int M(); }",
        "using AutoInstrument; public partial class C { [Traced] public partial int M(); private string MCore() => \"\"; }",
        "using AutoInstrument; [Traced] public interface I { void M(); } class C { void N(I i) { i.M(; } }",
        "using AutoInstrument; public class C { [Traced] public void M() { } void N() { M(); M(1); M(x: 2); this.M; } }",
        "using AutoInstrument; public class C { [Traced] public void M() { } void N() { dynamic d = this; d.M(); } }",
        "using AutoInstrument; public class C { [Traced] public void M<T>() where T : { } void N() { M<int>(); } }",
        "using AutoInstrument; public class C { [Traced] public static void M() { } static System.Action A = () => M(); static System.Linq.Expressions.Expression<System.Action> E = () => M(); }",
        "using AutoInstrument; public class C { [Traced] public ref int M(ref int x) => ref x; void N() { int a = 0; M(ref a); } }",
        "using AutoInstrument; public unsafe class C { [Traced] public int* M(int* x) => x; }",
        "using AutoInstrument; public class C { [Traced] public void M(__arglist) { } void N() { M(__arglist(1)); } }",
        "using AutoInstrument; public class C { [Traced] public C() { } [Traced] ~C() { } [Traced] public static C operator +(C a, C b) => a; }",
        "using AutoInstrument; public class C { [Traced] public int P { get; set; } }",
        "using AutoInstrument; class Outer { private class Inner { [Traced] public void M() { } } void N() { new Inner().M(); } }",
        "using AutoInstrument; public class C { [Traced] private void M() { } void N() { M(); } }",
        "using AutoInstrument; public class C { [Traced] public void M() { } } public class D : C { void N() { base.M(); } }",
        "using AutoInstrument; public class C { [Traced] public System.Threading.Tasks.Task<> M() => null; }",
        "using AutoInstrument; public class C { [Traced] public void @event(int @class) { } void N() { @event(1); } }",
        "#if\nusing AutoInstrument; public class C { [Traced] public void M() { } }",
        "using AutoInstrument; public class C { void N() { M(); } }",
        "",
        "}}}}{{{{",
    };

    [Theory]
    [MemberData(nameof(MalformedSources))]
    public void Generator_never_throws(string source)
    {
        var run = GeneratorRunner.Run(source);

        Assert.Null(run.GeneratorException);
    }

    [Theory]
    [MemberData(nameof(MalformedSources))]
    public void Generator_adds_no_errors_of_its_own(string source)
    {
        var withoutGenerator = GeneratorRunner.Compile([source]).GetDiagnostics()
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.Id).ToHashSet();

        var run = GeneratorRunner.Run(source);

        var added = run.CompilationDiagnostics
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && !withoutGenerator.Contains(d.Id));
        Assert.Empty(added);
    }
}
