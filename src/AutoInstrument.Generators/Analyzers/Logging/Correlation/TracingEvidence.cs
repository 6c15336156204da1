using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>
/// Whether the compilation shows that its activities are recorded: a reference to OpenTelemetry, AutoInstrument or
/// ASP.NET Core (which starts an activity per request), or an <c>ActivitySource</c> named in its code. Without it,
/// a log line's trace ID would be empty, and rules that ask for one change nothing (a command-line tool, a test helper).
/// Worked out once per compilation, and only when a rule is about to report.
/// </summary>
internal static class TracingEvidence
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<bool>> PerCompilation = new();

    private static readonly string[] TracingAssemblyPrefixes = { "OpenTelemetry", "AutoInstrument", "Microsoft.AspNetCore" };

    public static bool In(Compilation compilation, CancellationToken cancellationToken) =>
        PerCompilation.GetValue(
            compilation,
            created => new StrongBox<bool>(ReferencesTracing(created) || NamesActivitySource(created, cancellationToken))).Value;

    private static bool ReferencesTracing(Compilation compilation) =>
        compilation.ReferencedAssemblyNames.Any(assembly =>
            TracingAssemblyPrefixes.Any(prefix => assembly.Name == prefix || assembly.Name.StartsWith(prefix + ".")));

    /// <summary>A search of the text, far cheaper than a walk of every token; a mention in a comment counts too.</summary>
    private static bool NamesActivitySource(Compilation compilation, CancellationToken cancellationToken) =>
        compilation.SyntaxTrees.Any(tree =>
            tree.GetText(cancellationToken).ToString().IndexOf("ActivitySource", StringComparison.Ordinal) >= 0);
}
