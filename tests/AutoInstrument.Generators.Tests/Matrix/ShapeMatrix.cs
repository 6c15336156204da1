namespace AutoInstrument.Generators.Tests.Matrix;

/// <summary>
/// The matrix of issue 9: declaration shape × return kind, then parameters and call-site contexts over representative
/// shapes. Every case either compiles warning-free and is instrumented, or is left alone with a diagnostic in its file.
/// </summary>
public static class ShapeMatrix
{
    private const string Attribute = MatrixCase.AttributeSlot;

    /// <summary>How a shape declares the method and calls it: <c>M</c> with the given parameters, called with the given arguments.</summary>
    private sealed record Shape(
        string Name,
        Func<ReturnKind, Signature, string> Declarations,
        string Setup,
        Func<string, string> Call,
        string After = "",
        bool Intercepted = true,
        string[]? Diagnostics = null,
        Func<ReturnKind, bool>? Applies = null);

    /// <summary>The parameter list, the arguments, what the body adds first, and the attributes the method carries.</summary>
    private sealed record Signature(string Parameters, string Arguments, string Before = "", string MethodAttributes = "")
    {
        public string Method(ReturnKind kind, string modifiers, string before = "") =>
            $"{MethodAttributes}{Attribute} {kind.Signature(modifiers, "M", Parameters)} {kind.BodyWith(before + Before)}";
    }

    private static readonly Signature Plain = new("int x", "x");

    private static readonly Shape[] Shapes =
    [
        new("instance method", (k, s) => $"public class C {{ {s.Method(k, "public")} }}", "var recv = new C();", a => $"recv.M({a})"),
        new("static method", (k, s) => $"public static class C {{ {s.Method(k, "public static")} }}", "", a => $"C.M({a})"),
        new("extension method",
            (k, s) => $"public sealed class Target {{ }} public static class C {{ {(s with { Parameters = "this Target target, " + s.Parameters }).Method(k, "public static")} }}",
            "var recv = new Target();", a => $"recv.M({a})"),
        new("struct method", (k, s) => $"public struct C {{ public int Count; {s.Method(k, "public", "Count++;")} }}", "var recv = new C();", a => $"recv.M({a})",
            After: "Log.Add(recv.Count);"),
        new("readonly struct method",
            (k, s) => $"public readonly struct C {{ public C(int seed) {{ Seed = seed; }} public int Seed {{ get; }} {s.Method(k, "public", "Log.Add(Seed);")} }}",
            "var recv = new C(7);", a => $"recv.M({a})"),
        new("interface member",
            (k, s) => $"public interface I {{ {s.MethodAttributes}{Attribute} {k.ReturnType} M({s.Parameters}); }} public sealed class C : I {{ {(s with { MethodAttributes = "" }).Method(k, "public").Replace(Attribute, "")} }}",
            "I recv = new C();", a => $"recv.M({a})"),
        new("generic method", (k, s) => $"public class C {{ {s.Method(k, "public").Replace(" M(", " M<T>(").Replace("{ ", "where T : class { Log.Add(typeof(T).Name); ", StringComparison.Ordinal)} }}",
            "var recv = new C();", a => $"recv.M<string>({a})"),
        new("method of a generic type", (k, s) => $"public class C<T> where T : new() {{ {s.Method(k, "public", "Log.Add(new T().GetType().Name);")} }}",
            "var recv = new C<object>();", a => $"recv.M({a})"),
        new("method of a nested type", (k, s) => $"public static class Outer {{ public sealed class C {{ {s.Method(k, "public")} }} }}", "var recv = new Outer.C();", a => $"recv.M({a})"),
        new("overloads", (k, s) => $"public class C {{ {s.Method(k, "public")} {Attribute} public int M(string name) => name.Length; }}", "var recv = new C();", a => $"recv.M({a})"),
        new("generic method with constraints",
            (k, s) => $"public class C {{ {s.Method(k, "public").Replace(" M(", " M<T>(").Replace("{ ", "where T : struct, System.IComparable<T> { Log.Add(default(T).CompareTo(default)); ", StringComparison.Ordinal)} }}",
            "var recv = new C();", a => $"recv.M<int>({a})"),
        new("default interface method", (k, s) => $"public interface I {{ {s.Method(k, "public")} }} public sealed class C : I {{ }}", "I recv = new C();", a => $"recv.M({a})"),
        new("record method", (k, s) => $"public sealed record C(int Seed) {{ {s.Method(k, "public", "Log.Add(Seed);")} }}", "var recv = new C(3);", a => $"recv.M({a})"),
        new("internal method of an internal type", (k, s) => $"internal sealed class C {{ {s.Method(k, "internal")} }}", "var recv = new C();", a => $"recv.M({a})"),
        new("private method of a partial type",
            (k, s) => $"public partial class C {{ {s.Method(k, "private")} public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "var recv = new C();", a => $"recv.CallM({a})", Applies: k => !k.IsAsync),
        new("private method of a type that is not partial (UnsafeAccessor)",
            (k, s) => $"public class C {{ {s.Method(k, "private")} public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "var recv = new C();", a => $"recv.CallM({a})", Applies: k => !k.IsAsync),
        new("private method of a readonly struct (UnsafeAccessor)",
            (k, s) => $"public readonly struct C {{ public C(int seed) {{ Seed = seed; }} public int Seed {{ get; }} {s.Method(k, "private", "Log.Add(Seed);")} public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "var recv = new C(5);", a => $"recv.CallM({a})", Applies: k => !k.IsAsync),
        new("private method of a mutable struct (UnsafeAccessor)",
            (k, s) => $"public struct C {{ public int Count; {s.Method(k, "private", "Count++;")} public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "var recv = new C();", a => $"recv.CallM({a})", After: "Log.Add(recv.Count);", Applies: k => !k.IsAsync && k != ReturnKind.Iterator),
        new("protected method called from a derived type",
            (k, s) => $"public class B {{ {s.Method(k, "protected")} }} public sealed class C : B {{ public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "var recv = new C();", a => $"recv.CallM({a})", Applies: k => !k.IsAsync),
        new("sealed override called on the derived type",
            (k, s) => $"public abstract class B {{ public abstract {k.ReturnType} M({s.Parameters}); }} public sealed class C : B {{ {s.Method(k, "public override")} }}",
            "var recv = new C();", a => $"recv.M({a})", Diagnostics: ["AI0011"]),
        new("constrained call on a class type parameter",
            (k, s) => $"public interface I {{ {Attribute} {k.ReturnType} M({s.Parameters}); }} public sealed class C : I {{ {s.Method(k, "public").Replace(Attribute, "")} }} "
                + $"public static class Go {{ public static {k.ReturnType} Call<T>(T target, {s.Parameters}) where T : class, I => target.M({s.Arguments}); }}",
            "var recv = new C();", a => $"Go.Call(recv, {a})"),
        new("constrained call on a struct type parameter",
            (k, s) => $"public interface I {{ {Attribute} {k.ReturnType} M({s.Parameters}); }} public struct C : I {{ public int Count; {s.Method(k, "public", "Count++;").Replace(Attribute, "")} }} "
                + $"public static class Go {{ public static {k.ReturnType} Call<T>(ref T target, {s.Parameters}) where T : I => target.M({s.Arguments}); }}",
            "var recv = new C();", a => $"Go.Call(ref recv, {a})", After: "Log.Add(recv.Count);", Intercepted: false, Diagnostics: ["AI0004"]),
        new("private static method of a static class that is not partial (UnsafeAccessorType)",
            (k, s) => $"public static class C {{ {s.Method(k, "private static")} public static {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "", a => $"C.CallM({a})", Applies: k => !k.IsAsync),
        new("private method of a generic type that is not partial (generic UnsafeAccessor)",
            (k, s) => $"public class C<T> where T : class {{ {s.Method(k, "private", "Log.Add(typeof(T).Name);")} public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "var recv = new C<string>();", a => $"recv.CallM({a})", Applies: k => !k.IsAsync),
        new("private generic method of a type that is not partial (generic UnsafeAccessor)",
            (k, s) => $"public class C {{ {s.Method(k, "private").Replace(" M(", " M<T>(").Replace("{ ", "where T : struct { Log.Add(default(T)); ", StringComparison.Ordinal)} public {k.ReturnType} CallM({s.Parameters}) => M<int>({s.Arguments}); }}",
            "var recv = new C();", a => $"recv.CallM({a})", Applies: k => !k.IsAsync),
        new("private static method of a static generic class that is not partial",
            (k, s) => $"public static class C<T> {{ {s.Method(k, "private static")} public static {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "", a => $"C<int>.CallM({a})", Intercepted: false, Diagnostics: ["AI0005"], Applies: k => !k.IsAsync),
        new("signature that uses a private nested type",
            (k, s) => $"public partial class C {{ private sealed class Secret {{ }} {(s with { Parameters = s.Parameters + ", Secret? secret = null" }).Method(k, "private")} public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }}",
            "var recv = new C();", a => $"recv.CallM({a})", Intercepted: false, Diagnostics: ["AI0005"], Applies: k => !k.IsAsync),
        new("private method of a private nested type of a generic type",
            (k, s) => $"public class Outer<T> {{ private sealed class C {{ {s.Method(k, "private")} public {k.ReturnType} CallM({s.Parameters}) => M({s.Arguments}); }} public static {k.ReturnType} Run({s.Parameters}) => new C().CallM({s.Arguments}); }}",
            "", a => $"Outer<int>.Run({a})", Intercepted: false, Diagnostics: ["AI0005"], Applies: k => !k.IsAsync),
        new("file-local type", (k, s) => $"file sealed class C {{ {s.Method(k, "public")} }}", "var recv = new C();", a => $"recv.M({a})",
            Intercepted: false, Diagnostics: ["AI0003"]),
    ];

    /// <summary>Parameters beyond the plain <c>int x</c>, each over a few shapes and the kinds that can take it.</summary>
    private static readonly (string Name, Signature Signature, string After, Func<ReturnKind, bool> Applies)[] Parameters =
    [
        ("ref parameter", new("ref int x", "ref Log.Slot(x)", "x++;"), "", k => k.TakesByReference),
        ("in parameter", new("in int x", "in Log.Slot(x)"), "", k => k.TakesByReference),
        ("out parameter", new("int x, out int doubled", "x, out Log.Out", "doubled = x * 2;"), "Log.Add(Log.Out);", k => k.TakesByReference && k != ReturnKind.Iterator),
        ("params array", new("int x, params int[] rest", "x, 4, 5", "Log.Add(rest.Length);"), "", _ => true),
        ("params span", new("int x, params System.ReadOnlySpan<int> rest", "x, 4, 5", "Log.Add(rest.Length);"), "", k => k.TakesByReference),
        ("optional parameters", new("int x, string label = \"d\", int? count = null", "x", "Log.Add(label + count);"), "", _ => true),
        ("keyword and contextual-keyword names", new("int x, [Tag] bool @event = true, [Tag] int yield = 1, [Tag] string? value = null, [Tag] int async = 2, int var = 3", "x",
            "Log.Add(@event.ToString() + yield + value + async + var);"), "", k => !k.IsAsync && k != ReturnKind.Iterator),
        ("await as a tagged parameter name", new("int x, [Tag, MetricTag(Bounded = true)] int await = 4", "x", "Log.Add(await);"), "", k => !k.IsAsync && k != ReturnKind.Iterator),
        ("span parameter", new("int x, System.Span<int> buffer", "x, new int[2]", "Log.Add(buffer.Length);"), "", k => k.TakesByReference),
        ("scoped span parameter", new("int x, scoped System.ReadOnlySpan<char> name", "x, \"ab\"", "Log.Add(name.Length);"), "", k => k.TakesByReference),
        ("nullable flow attributes", new("int x, [System.Diagnostics.CodeAnalysis.MaybeNull] out string text, [System.Diagnostics.CodeAnalysis.DisallowNull] string? label = \"l\"",
            "x, out Log.Text", "text = x > 1 ? label : null;"), "Log.Add(Log.Text);", k => k.TakesByReference && k != ReturnKind.Iterator),
        ("nullable reference parameter", new("int x, string? note", "x, null", "Log.Add(note ?? \"none\");"), "", _ => true),
        ("tagged parameters", new("[Tag] int x, [Tag(\"order.note\")] string? note", "x, \"n\"", "Log.Add(note);"), "", _ => true),
    ];

    /// <summary>Where the call is written, and what the caller's context allows it to call.</summary>
    private static readonly (string Name, string MethodAttributes, string RunAttributes, string Prelude, string Usings)[] Contexts =
    [
        ("obsolete error member called from an obsolete member", "[System.Obsolete(\"old\", error: true)] ", "[System.Obsolete]", "", ""),
        ("obsolete member", "[System.Obsolete(\"old\")] ", "[System.Obsolete]", "", ""),
        ("experimental member under its pragma", "[System.Diagnostics.CodeAnalysis.Experimental(\"AIX01\")] ", "", "#pragma warning disable AIX01", ""),
        ("trimming-unsafe member called from an annotated caller",
            "[System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(\"reflects\"), System.Diagnostics.CodeAnalysis.RequiresDynamicCode(\"emits\")] ",
            "[System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(\"calls\"), System.Diagnostics.CodeAnalysis.RequiresDynamicCode(\"calls\")]", "", ""),
    ];

    private static readonly ReturnKind[] RepresentativeKinds = [ReturnKind.Value, ReturnKind.AsyncTaskOfT, ReturnKind.SyncTask, ReturnKind.Iterator, ReturnKind.AsyncIterator];

    private static readonly string[] RepresentativeShapes = ["instance method", "static method", "struct method", "interface member", "method of a generic type"];

    // Declared after the tables it is built from: static fields are initialized in order.
    public static IReadOnlyList<MatrixCase> Cases { get; } = Build();

    private static IReadOnlyList<MatrixCase> Build()
    {
        var cases = new List<MatrixCase>();
        void Add(Shape shape, ReturnKind kind, Signature signature, string description, string runAttributes = "", string prelude = "", string after = "")
        {
            var id = "Case" + (cases.Count + 1);
            var source = CaseSource(id, shape.Declarations(kind, signature), shape.Setup, kind.ConsumeCall(shape.Call(signature.Arguments)), shape.After + after, runAttributes, prelude);
            cases.Add(new MatrixCase(id, description, source, shape.Intercepted, shape.Diagnostics ?? []));
        }

        foreach (var shape in Shapes)
        {
            foreach (var kind in ReturnKind.All.Where(k => shape.Applies?.Invoke(k) ?? true))
            {
                Add(shape, kind, Plain, $"{shape.Name} returning {kind.Name}");
            }
        }

        foreach (var shape in Shapes.Where(s => RepresentativeShapes.Contains(s.Name)))
        {
            foreach (var (name, signature, after, applies) in Parameters)
            {
                foreach (var kind in RepresentativeKinds.Where(k => applies(k) && (shape.Applies?.Invoke(k) ?? true)))
                {
                    Add(shape, kind, signature, $"{shape.Name} returning {kind.Name} with {name}", after: after);
                }
            }

            foreach (var (name, methodAttributes, runAttributes, prelude, _) in Contexts)
            {
                foreach (var kind in RepresentativeKinds)
                {
                    Add(shape, kind, Plain with { MethodAttributes = methodAttributes }, $"{shape.Name} returning {kind.Name}: {name}", runAttributes, prelude);
                }
            }
        }

        return cases;
    }

    private static string CaseSource(string id, string declarations, string setup, string consume, string after, string runAttributes, string prelude) => $$"""
        {{prelude}}
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AutoInstrument;
        using Matrix;

        namespace {{id}};

        {{declarations}}

        public static class Runner
        {
            {{runAttributes}}
            public static async Task<string> Run()
            {
                await Task.Yield();
                Log.Lines.Clear();
                {{setup}}
                foreach (var x in new[] { 1, 2, -1 })
                {
                    try
                    {
                        {{consume}}
                    }
                    catch (Exception exception)
                    {
                        Log.Add(Log.Outcome(exception));
                    }

                    Log.Add(Log.Current());
                    {{after}}
                }

                return string.Join("|", Log.Lines);
            }
        }
        """;
}
