using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

/// <summary>The service boundaries a team declares in .editorconfig, whose public methods must be instrumented.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor UninstrumentedBoundary = Create(
        DiagnosticIds.UninstrumentedBoundary,
        "Public method of a service boundary is not instrumented",
        "'{0}' is not instrumented, and {1} is a boundary by {2}; add {3}",
        Categories.Usage,
        DiagnosticSeverity.Warning);
}
