using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SourceAnalyzer;

/// <summary>The C# analyzers of an assembly given by path, so any build of AutoInstrument.Generators can be run.</summary>
internal static class AnalyzerAssembly
{
    public static ImmutableArray<DiagnosticAnalyzer> Load(string path) =>
        Assembly.LoadFrom(Path.GetFullPath(path)).GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
