using System.Reflection;
using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Analyzers.Tests.Documentation;

/// <summary>
/// The help links, the rule pages, the release tracking files and the two READMEs' tables describe the same rules, so a
/// rule added, renamed or removed in one place and not the others fails here instead of shipping a dead link.
/// </summary>
public sealed class RuleDocumentationTests
{
    private const string PackageReadme = "src/AutoInstrument/PACKAGE.md";

    /// <summary>What the analyzers report, and every descriptor declared, reported or not yet.</summary>
    private static readonly DiagnosticDescriptor[] DeclaredDescriptors = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => field.GetValue(null))
        .OfType<DiagnosticDescriptor>()
        .Concat(PackageAnalyzers.Descriptors)
        .ToArray();

    [Fact]
    public void Every_descriptor_takes_its_help_link_from_HelpLinks()
    {
        var elsewhere = DeclaredDescriptors.Where(d => d.HelpLinkUri != HelpLinks.For(d.Id)).Select(d => $"{d.Id}: {d.HelpLinkUri}");

        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Every_help_link_points_to_a_page_of_the_repository()
    {
        var pagePrefix = RepositoryFiles.PackagingProperty("RepositoryUrl") + "/blob/main/";

        var missing = DeclaredDescriptors
            .Where(d => !d.HelpLinkUri.StartsWith(pagePrefix, StringComparison.Ordinal)
                        || !File.Exists(RepositoryFiles.PathOf(d.HelpLinkUri[pagePrefix.Length..])))
            .Select(d => $"{d.Id}: {d.HelpLinkUri}");

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_reported_rule()
    {
        var reported = PackageAnalyzers.Descriptors.Select(d => d.Id).ToHashSet();

        var orphans = RepositoryFiles.RulePages().Except(reported);

        Assert.Empty(orphans);
    }

    [Fact]
    public void Every_reported_rule_is_released()
    {
        var reported = PackageAnalyzers.Descriptors.Select(d => d.Id).Distinct().Order();

        Assert.Equal(reported, RepositoryFiles.ReleasedRules().Select(r => r.Id).Order());
    }

    [Fact]
    public void Package_readme_lists_every_released_rule_with_its_title_severity_and_help_link()
    {
        var expected = RepositoryFiles.ReleasedRules().Select(r => $"{r.Id} | {r.Title} | {r.Severity} | {HelpLinks.For(r.Id)}").Order();

        var listed = RepositoryFiles.RuleTableRows(PackageReadme).Select(row => $"{row.Id} | {string.Join(" | ", row.Cells)} | {row.Link}").Order();

        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Repository_readme_lists_every_released_rule_with_its_page()
    {
        var expected = RepositoryFiles.ReleasedRules().Select(r => $"{r.Id} docs/diagnostics/{r.Id}.md").Order();

        var listed = RepositoryFiles.RuleTableRows("README.md").Select(row => $"{row.Id} {row.Link}").Order();

        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Package_readme_example_is_the_one_the_consumer_checks_build_and_run()
    {
        var example = RepositoryFiles.FirstCSharpBlockAfter(PackageReadme, "## 30 seconds").Split('\n');
        var built = RepositoryFiles.Read("eng/package-consumer/Worker/PaymentClient.cs").ReplaceLineEndings("\n");

        var usings = example.TakeWhile(line => line.StartsWith("using ", StringComparison.Ordinal));
        var declaration = string.Join('\n', example.SkipWhile(line => line.StartsWith("using ", StringComparison.Ordinal) || line.Length == 0));

        Assert.All(usings, line => Assert.Contains(line + "\n", built));
        Assert.Contains(declaration, built);
    }

    [Fact]
    public void Package_readme_is_the_readme_of_the_package()
    {
        Assert.Equal("PACKAGE.md", RepositoryFiles.PackagingProperty("PackageReadmeFile"));
        Assert.True(File.Exists(RepositoryFiles.PathOf(PackageReadme)));
    }
}
