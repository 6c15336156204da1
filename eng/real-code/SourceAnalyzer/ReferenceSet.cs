using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SourceAnalyzer;

/// <summary>
/// What the compiled code may reference: the .NET and ASP.NET Core reference assemblies of the running runtime, plus the
/// logging libraries this tool ships with (Serilog, NLog and their hosting packages) where the frameworks lack them.
/// </summary>
internal static class ReferenceSet
{
    public static IReadOnlyList<MetadataReference> Create()
    {
        var frameworks = new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }.Select(ReferencePack).ToList();
        var frameworkNames = frameworks.SelectMany(Directory.EnumerateFiles).Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var libraries = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(file => !frameworkNames.Contains(Path.GetFileName(file)))
            .Where(file => Path.GetFileName(file) is var name && (name.StartsWith("Serilog", StringComparison.Ordinal) || name.StartsWith("NLog", StringComparison.Ordinal)));
        return frameworks.SelectMany(directory => Directory.EnumerateFiles(directory, "*.dll"))
            .Concat(libraries)
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))
            .ToList();
    }

    /// <summary>The newest net10.0 reference folder of a targeting pack next to the running runtime.</summary>
    private static string ReferencePack(string pack)
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        return Directory.EnumerateDirectories(Path.Combine(dotnetRoot, "packs", pack))
            .Select(version => Path.Combine(version, "ref", "net10.0"))
            .Where(Directory.Exists)
            .OrderByDescending(directory => Version.Parse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(directory))!)))
            .First();
    }
}
