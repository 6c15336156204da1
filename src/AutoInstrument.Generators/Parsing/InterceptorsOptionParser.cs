using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads whether the project opted the generated namespace in to interceptors.</summary>
internal static class InterceptorsOptionParser
{
    private const string GeneratedNamespace = "AutoInstrument.Generated";

    // MSBuild passes <InterceptorsNamespaces> to the compiler as a parse-option feature; the older preview name still works.
    public static bool IsEnabled(ParseOptions options) =>
        Lists(options, "InterceptorsNamespaces") || Lists(options, "InterceptorsPreviewNamespaces");

    private static bool Lists(ParseOptions options, string feature) =>
        options.Features.TryGetValue(feature, out var value)
        && value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Any(n => n.Trim() == GeneratedNamespace);
}
