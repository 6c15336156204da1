using System.Xml.Linq;

namespace AutoInstrument.Analyzers.Tests.Documentation;

/// <summary>
/// The consumer projects of eng/package-consumer build outside the repository, as a user's would, so they name their
/// package versions themselves; each must be the one Directory.Packages.props pins, or the checks test other packages
/// than the repository builds with.
/// </summary>
public class ConsumerProjectVersionTests
{
    [Fact]
    public void Every_package_a_consumer_project_names_has_the_version_the_repository_pins()
    {
        var pinned = XDocument.Load(RepositoryFiles.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(package => (string)package.Attribute("Include")!, package => (string)package.Attribute("Version")!);

        var named = Directory.EnumerateFiles(RepositoryFiles.PathOf("eng/package-consumer"), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("PackageReference")
                .Select(reference => (Project: Path.GetFileName(project), Id: (string)reference.Attribute("Include")!, Version: (string?)reference.Attribute("Version"))))
            .Where(reference => reference.Version is not null && !reference.Version.StartsWith("$(", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(named);
        Assert.All(named, reference => Assert.Equal(pinned.GetValueOrDefault(reference.Id), reference.Version));
    }
}
