using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AutoInstrument.Analyzers.Tests.Documentation;

/// <summary>The repository's documentation as written, read by the tests that keep it in step with the rules.</summary>
public static partial class RepositoryFiles
{
    public static readonly string Root = typeof(RepositoryFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The rule IDs that have a page under docs/diagnostics.</summary>
    public static IEnumerable<string> RulePages() =>
        Directory.EnumerateFiles(PathOf("docs/diagnostics"), "*.md").Select(Path.GetFileNameWithoutExtension)!;

    /// <summary>The rows of the release tracking files (shipped and unshipped), as the release analyzer reads them.</summary>
    public static IEnumerable<ReleasedRule> ReleasedRules() =>
        new[] { "Shipped", "Unshipped" }
            .SelectMany(release => Read($"src/AutoInstrument.Generators/AnalyzerReleases.{release}.md").Split('\n'))
            .Select(line => ReleaseRow().Match(line))
            .Where(match => match.Success)
            .Select(match => new ReleasedRule(match.Groups["id"].Value, match.Groups["title"].Value.Trim(), match.Groups["severity"].Value));

    /// <summary>The rows of a Markdown table whose first cell links a rule ID: the ID, the link and the other cells.</summary>
    public static IEnumerable<(string Id, string Link, string[] Cells)> RuleTableRows(string relative) =>
        Read(relative).Split('\n')
            .Select(line => TableRow().Match(line))
            .Where(match => match.Success)
            .Select(match => (
                match.Groups["id"].Value,
                match.Groups["link"].Value,
                match.Groups["rest"].Value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>The code of the first <c>```csharp</c> block after a heading, without its fences.</summary>
    public static string FirstCSharpBlockAfter(string relative, string heading)
    {
        var text = Read(relative).ReplaceLineEndings("\n");
        var start = text.IndexOf("```csharp\n", text.IndexOf(heading + "\n", StringComparison.Ordinal), StringComparison.Ordinal) + "```csharp\n".Length;
        return text[start..text.IndexOf("\n```\n", start, StringComparison.Ordinal)];
    }

    /// <summary>A property of src/Packaging.props, the metadata every package shares.</summary>
    public static string PackagingProperty(string name) =>
        XDocument.Load(PathOf("src/Packaging.props")).Descendants(name).Single().Value;

    [GeneratedRegex(@"^(?<id>AI\d{4}) \| (?<category>[\w.]+) \| (?<severity>\w+) \| (?<title>.+)$")]
    private static partial Regex ReleaseRow();

    [GeneratedRegex(@"^\| \[(?<id>AI\d{4})\]\((?<link>[^)]+)\) \|(?<rest>.*)$")]
    private static partial Regex TableRow();
}

public sealed record ReleasedRule(string Id, string Title, string Severity);
