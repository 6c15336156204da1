using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>Tells which logging library a method belongs to by the root of its namespace.</summary>
internal static class LoggingLibrary
{
    public const string MicrosoftExtensions = "Microsoft";
    public const string Serilog = "Serilog";
    public const string NLog = "NLog";

    public static string? Of(IMethodSymbol method)
    {
        var ns = method.ContainingType?.ContainingNamespace;
        while (ns is { ContainingNamespace.IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name is MicrosoftExtensions or Serilog or NLog ? ns.Name : null;
    }
}
