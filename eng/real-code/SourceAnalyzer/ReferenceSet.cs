using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SourceAnalyzer;

/// <summary>
/// What the compiled code may reference: the .NET reference assemblies of the running runtime, the ASP.NET Core ones for
/// projects that build on it (the tracing rules take ASP.NET Core as evidence of tracing, so other projects must not
/// see it), plus the logging libraries this tool ships with (Serilog, NLog and their hosting packages).
/// </summary>
internal sealed class ReferenceSet
{
    private readonly IReadOnlyList<MetadataReference> _withoutAspNetCore;
    private readonly IReadOnlyList<MetadataReference> _withAspNetCore;

    private ReferenceSet(IReadOnlyList<MetadataReference> withoutAspNetCore, IReadOnlyList<MetadataReference> withAspNetCore)
    {
        _withoutAspNetCore = withoutAspNetCore;
        _withAspNetCore = withAspNetCore;
    }

    public IReadOnlyList<MetadataReference> For(ProjectSources project) => project.UsesAspNetCore ? _withAspNetCore : _withoutAspNetCore;

    public static ReferenceSet Create()
    {
        // The shared framework also holds Microsoft.Extensions.* (logging, hosting, DI), which every project may use.
        var sharedFramework = Directory.EnumerateFiles(ReferencePack("Microsoft.AspNetCore.App.Ref"), "*.dll").ToList();
        var aspNetCore = sharedFramework.Where(IsAspNetCore).ToList();
        var runtime = Directory.EnumerateFiles(ReferencePack("Microsoft.NETCore.App.Ref"), "*.dll")
            .Concat(sharedFramework.Where(file => !IsAspNetCore(file)))
            .ToList();
        var frameworkNames = runtime.Concat(aspNetCore).Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var libraries = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(file => !frameworkNames.Contains(Path.GetFileName(file)))
            .Where(file => Path.GetFileName(file) is var name && (name.StartsWith("Serilog", StringComparison.Ordinal) || name.StartsWith("NLog", StringComparison.Ordinal)))
            .ToList();
        return new ReferenceSet(
            References(runtime.Concat(libraries)),
            References(runtime.Concat(aspNetCore).Concat(libraries)));
    }

    private static bool IsAspNetCore(string file) => Path.GetFileName(file).StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

    private static IReadOnlyList<MetadataReference> References(IEnumerable<string> files) =>
        files.Select(file => (MetadataReference)MetadataReference.CreateFromFile(file)).ToList();

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
