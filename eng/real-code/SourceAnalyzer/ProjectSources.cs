using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SourceAnalyzer;

/// <summary>
/// A project file, the .cs files it compiles by default (those in its folder, outside bin, obj and nested projects)
/// the project files it references, and whether it builds on ASP.NET Core (a web SDK or the shared framework).
/// </summary>
internal sealed record ProjectSources(
    string File, IReadOnlyList<string> Sources, bool ImplicitUsings, IReadOnlyList<string> ProjectReferences, bool UsesAspNetCore)
{
    public static IEnumerable<ProjectSources> Find(string repo)
    {
        var projects = Directory.EnumerateFiles(repo, "*.csproj", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
        var projectDirectories = projects.Select(Path.GetDirectoryName).ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(repo, "*.cs", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .GroupBy(file => OwningProjectDirectory(file, projectDirectories!))
            .Where(group => group.Key is not null)
            .ToDictionary(group => group.Key!, group => (IReadOnlyList<string>)group.OrderBy(file => file, StringComparer.Ordinal).ToList());
        return projects
            .Where(project => sources.ContainsKey(Path.GetDirectoryName(project)!))
            .Select(project => new ProjectSources(project, sources[Path.GetDirectoryName(project)!], UsesImplicitUsings(project, repo), ReferencedProjects(project), UsesAspNetCoreFramework(project)));
    }

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string? OwningProjectDirectory(string file, HashSet<string> projectDirectories)
    {
        for (var directory = Path.GetDirectoryName(file); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (projectDirectories.Contains(directory))
            {
                return directory;
            }
        }

        return null;
    }

    private static IReadOnlyList<string> ReferencedProjects(string project) =>
        XDocument.Load(project).Descendants()
            .Where(element => element.Name.LocalName == "ProjectReference")
            .Select(element => element.Attribute("Include")?.Value)
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include.Replace('\\', Path.DirectorySeparatorChar))))
            .ToList();

    private static bool UsesAspNetCoreFramework(string project) =>
        System.IO.File.ReadAllText(project) is var text
        && (text.Contains("Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Microsoft.NET.Sdk.Razor", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Include=\"Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase));

    /// <summary>The last ImplicitUsings setting in the project or the Directory.Build.props files above it.</summary>
    private static bool UsesImplicitUsings(string project, string repo)
    {
        var settings = new List<string>();
        for (var directory = Path.GetDirectoryName(project); directory is not null && directory.StartsWith(repo, StringComparison.Ordinal); directory = Path.GetDirectoryName(directory))
        {
            settings.Add(Path.Combine(directory, "Directory.Build.props"));
        }

        settings.Reverse();
        settings.Add(project);
        return settings.Where(System.IO.File.Exists)
            .Select(file => System.IO.File.ReadAllText(file))
            .Aggregate(false, (enabled, text) => text.Contains("<ImplicitUsings>enable", StringComparison.OrdinalIgnoreCase)
                || (enabled && !text.Contains("<ImplicitUsings>disable", StringComparison.OrdinalIgnoreCase)));
    }
}
