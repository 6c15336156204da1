using System.Collections.Immutable;
using System.Reflection;
using AutoInstrument.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer the package ships, found as the compiler finds them: by their attribute.</summary>
public static class PackageAnalyzers
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> All = typeof(AutoInstrumentGenerator).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The descriptors the analyzers declare, one per ID (an ID's variants share their help link).</summary>
    public static IEnumerable<DiagnosticDescriptor> Descriptors =>
        All.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => (d.Id, d.HelpLinkUri));
}
