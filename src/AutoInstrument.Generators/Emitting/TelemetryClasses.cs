using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using AutoInstrument.Generators.Parsing;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Says which generated class a wrapper takes its source and histograms from. A method declared in the compilation uses
/// the assembly's telemetry class; a method of a referenced assembly uses a class nested in it for that assembly's
/// source, e.g. <c>AppTelemetry.From_Billing</c>, whose fields hold the objects the declaring assembly itself uses
/// (<c>SharedTelemetry</c> hands out one per name). The interceptors and the telemetry class are written from the same
/// call sites, so both compute the same names.
/// </summary>
internal sealed class TelemetryClasses
{
    private readonly string _className;
    private readonly Dictionary<string, ReferencedTelemetry> _bySourceName = new(System.StringComparer.Ordinal);

    /// <param name="className">The assembly's telemetry class.</param>
    /// <param name="uses">What the methods whose calls the assembly intercepts ask of the telemetry.</param>
    public TelemetryClasses(string className, IEnumerable<TelemetryUseModel> uses)
    {
        _className = className;
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        Referenced = uses
            .Where(u => u.DeclaringSource is not null)
            .GroupBy(u => u.DeclaringSource!.Name, System.StringComparer.Ordinal)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => new ReferencedTelemetry(
                NestedName(g.Key, taken),
                g.Select(u => u.DeclaringSource!).OrderBy(s => s.Version, System.StringComparer.Ordinal).First(),
                g.Any(u => u.IsTraced),
                Distinct(g.Select(u => u.Instrument))))
            .ToList();
        foreach (var referenced in Referenced)
        {
            _bySourceName.Add(referenced.Source.Name, referenced);
        }
    }

    /// <summary>The sources of referenced assemblies that wrappers use, ordered by name.</summary>
    public IReadOnlyList<ReferencedTelemetry> Referenced { get; }

    /// <summary>The class, relative to the generated namespace, that holds the telemetry of <paramref name="target"/>.</summary>
    public string For(InstrumentedMethodModel target) =>
        target.DeclaringSource is { } source ? _className + "." + _bySourceName[source.Name].ClassName : _className;

    /// <summary>One histogram per name: the same name in two places is one instrument, with the settings <see cref="InstrumentChoice"/> picks.</summary>
    public static IReadOnlyList<InstrumentModel> Distinct(IEnumerable<InstrumentModel?> instruments) => instruments
        .Where(i => i is not null)
        .Select(i => i!)
        .GroupBy(i => i.Name, System.StringComparer.Ordinal)
        .Select(InstrumentChoice.Choose)
        .OrderBy(i => i.Name, System.StringComparer.Ordinal)
        .ToList();

    // 'billing' becomes 'From_Billing'. The underscore keeps it apart from the members of the enclosing class, which
    // are PascalCase without one (SourceName, ActivitySource, Meter, histogram fields such as MethodDuration).
    private static string NestedName(string sourceName, HashSet<string> taken)
    {
        var baseName = "From_" + Naming.PascalCase(sourceName);
        var name = baseName;
        for (var index = 2; !taken.Add(name); index++)
        {
            name = baseName + "_" + index;
        }

        return name;
    }
}

/// <summary>The telemetry of a referenced assembly that this assembly's wrappers record into.</summary>
/// <param name="ClassName">The nested class that holds it.</param>
/// <param name="Source">The source and meter as the declaring assembly names them.</param>
/// <param name="IsTraced">Some wrapper opens spans of this source.</param>
/// <param name="Instruments">The histograms of this meter that wrappers record into.</param>
internal sealed record ReferencedTelemetry(string ClassName, SourceModel Source, bool IsTraced, IReadOnlyList<InstrumentModel> Instruments);
