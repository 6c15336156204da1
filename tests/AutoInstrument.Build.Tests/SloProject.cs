using System.Diagnostics;
using System.Reflection;

namespace AutoInstrument.Build.Tests;

/// <summary>
/// A small program in a temporary folder that references the built runtime, generator and build task the way the
/// package does (its buildTransitive props and targets), built and run with the real <c>dotnet</c>.
/// </summary>
public sealed class SloProject : IDisposable
{
    private static readonly string RepoRoot = Metadata("RepoRoot");
    private static readonly string Configuration = Metadata("Configuration");

    public SloProject(string name = "Shop")
    {
        Name = name;
        Directory = Path.Combine(Path.GetTempPath(), "autoinstrument-slo-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        WriteProject();
    }

    public string Name { get; }

    public string Directory { get; }

    public string OutputDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public string RulesFile => Path.Combine(OutputDirectory, Name + ".slo-rules.yml");

    public void WriteProject(string properties = "") => File.WriteAllText(Path.Combine(Directory, Name + ".csproj"), $$"""
        <Project Sdk="Microsoft.NET.Sdk">
          <Import Project="{{Src("AutoInstrument/buildTransitive/AutoInstrument.props")}}" />
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <AutoInstrumentTasksAssembly>{{Src($"AutoInstrument.Build.Tasks/bin/{Configuration}/netstandard2.0/AutoInstrument.Build.Tasks.dll")}}</AutoInstrumentTasksAssembly>
            {{properties}}
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="AutoInstrument" HintPath="{{Src($"AutoInstrument/bin/{Configuration}/net8.0/AutoInstrument.dll")}}" />
            <Analyzer Include="{{Src($"AutoInstrument.Generators/bin/{Configuration}/netstandard2.0/AutoInstrument.Generators.dll")}}" />
          </ItemGroup>
          <Import Project="{{Src("AutoInstrument/buildTransitive/AutoInstrument.targets")}}" />
        </Project>
        """);

    public void WriteSource(string source) => File.WriteAllText(Path.Combine(Directory, "Program.cs"), source);

    public string Build() => Dotnet("build", "--no-restore");

    public string Publish(string directory) => Dotnet("publish", "--no-restore", "-o", directory);

    public string Restore() => Dotnet("restore");

    public string Run() => Run("dotnet", Path.Combine(OutputDirectory, Name + ".dll"));

    /// <summary>Keeps a copy of the rules file for <c>.ci/e2e-slo</c>, which runs <c>promtool check rules</c> on it.</summary>
    public void KeepRulesFile(string name) => KeepRulesFile(RulesFile, name);

    /// <inheritdoc cref="KeepRulesFile(string)"/>
    public static void KeepRulesFile(string file, string name)
    {
        var kept = Path.Combine(RepoRoot, "artifacts", "slo-rules");
        System.IO.Directory.CreateDirectory(kept);
        File.Copy(file, Path.Combine(kept, name + ".slo-rules.yml"), overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string Dotnet(params string[] arguments) =>
        Run("dotnet", [.. arguments, Path.Combine(Directory, Name + ".csproj"), "-nologo", "-nodeReuse:false", "-v:m"]);

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var all = output + error.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{file} {string.Join(' ', arguments)}' failed with {process.ExitCode}:\n{all}");
        }

        return all;
    }

    private static string Src(string path) => Path.Combine(RepoRoot, "src", path);

    private static string Metadata(string key) =>
        typeof(SloProject).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
