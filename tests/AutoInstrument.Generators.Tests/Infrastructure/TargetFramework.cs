namespace AutoInstrument.Generators.Tests.Infrastructure;

/// <summary>The reference assemblies user code is compiled against.</summary>
public enum TargetFramework
{
    Net80,
    Net100,
}
