using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

/// <summary>Attribute arguments that the generated code cannot use as given.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor DuplicateTagName = Create(
        DiagnosticIds.DuplicateTagName,
        "Tag name is used twice",
        "{0} of '{1}' would be recorded as the {2} '{3}', which {4} already records, so it is left out; give it another name",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ReservedTagName = Create(
        DiagnosticIds.ReservedTagName,
        "Tag name is reserved",
        "{0} of '{1}' would be recorded as the {2} '{3}', which AutoInstrument sets itself, so it is left out; give it a name of its own",
        Categories.Usage,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidInstrumentName = Create(
        DiagnosticIds.InvalidInstrumentName,
        "Instrument name is not valid",
        "The instrument name '{0}' of '{1}' is rejected by OpenTelemetry ({2}), so '{1}' is not measured; start with a letter and use only letters, digits, '_', '.', '-' and '/', at most 255 characters",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ConflictingInstrument = CreateCompilationEnd(
        DiagnosticIds.ConflictingInstrument,
        "Instrument is declared with other settings elsewhere",
        "'{0}' declares the instrument '{1}' with {2} than '{3}', and the instrument is created once, with the settings of '{3}'; give every [Measured] of '{1}' the same Buckets and Description, or name an instrument of its own",
        Categories.Metrics,
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidSpanKind = Create(
        DiagnosticIds.InvalidSpanKind,
        "Span kind is not an ActivityKind",
        "The Kind {0} given to '{1}' is not a member of ActivityKind, so its spans are Internal; use ActivityKind.Internal, Server, Client, Producer or Consumer",
        Categories.Tracing,
        DiagnosticSeverity.Warning);
}
