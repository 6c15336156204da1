using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

/// <summary>Methods and calls that an attribute asks to instrument but the wrapper cannot cover, or cannot cover whole.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor AsyncVoidMethod = Create(
        DiagnosticIds.AsyncVoidMethod,
        "Async void method is instrumented only up to its first await",
        "'{0}' is 'async void', so its caller cannot observe its end: the span and the duration stop at its first await, and an exception after it is not recorded; return Task instead",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor EnumeratorIterator = Create(
        DiagnosticIds.EnumeratorIterator,
        "Iterator returning an enumerator is not instrumented while it runs",
        "'{0}' is an iterator returning '{1}': the wrapper sees only the creation of the enumerator, so the span and the duration end before any of its body runs; instrument an iterator that returns IEnumerable<T> or IAsyncEnumerable<T> instead, whose enumeration the span covers, and let '{0}' return its enumerator",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AnonymousFunctionAttribute = Create(
        DiagnosticIds.AnonymousFunctionAttribute,
        "Attribute on a lambda or local function is not applied",
        "[{0}] on {1} has no effect: only methods are instrumented; move the body into a named method with the attribute and call it from here",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoVisibleCallSite = CreateCompilationEnd(
        DiagnosticIds.NoVisibleCallSite,
        "Method is called only from code the generator does not see",
        "'{0}' is {1}, and no call in this compilation can be intercepted, so it runs without instrumentation; declare it in the partial form ('[Traced] partial' with the body in '{2}Core') to instrument every caller",
        Categories.Usage,
        DiagnosticSeverity.Info);
}
