using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>What <c>[Measured]</c> asks of the wrapper: which histogram to record into and with which dimensions.</summary>
/// <param name="Instrument">The histogram recorded into.</param>
/// <param name="Tags">Parameters recorded as dimensions (<c>[MetricTag]</c>).</param>
internal sealed record MeasuringModel(InstrumentModel Instrument, EquatableArray<MetricTagModel> Tags);

/// <summary>A histogram of durations in seconds, declared once per assembly and shared by every method that names it.</summary>
/// <param name="Name">The instrument name, e.g. <c>method.duration</c>.</param>
/// <param name="Description">The instrument description.</param>
/// <param name="Buckets">Explicit bucket boundaries in seconds, ascending.</param>
/// <param name="IsDescriptionGiven">The description was given (<c>Description = …</c>), not defaulted: when several
/// methods declare one instrument, a given description wins over a default one (see <c>Parsing.InstrumentChoice</c>).</param>
internal sealed record InstrumentModel(string Name, string Description, EquatableArray<double> Buckets, bool IsDescriptionGiven = false);

/// <summary>A parameter recorded as a metric dimension.</summary>
/// <param name="Name">The dimension name.</param>
/// <param name="ParameterName">The parameter it is read from.</param>
/// <param name="Value">How its value becomes a tag without allocating.</param>
internal sealed record MetricTagModel(string Name, string ParameterName, MetricTagValue Value);

/// <summary>How a dimension's value is recorded; every way allocates nothing once a value has been seen.</summary>
internal enum MetricTagValue
{
    /// <summary>A string, recorded as it is.</summary>
    String,

    /// <summary>A boolean, recorded as a <c>"true"</c>/<c>"false"</c> literal.</summary>
    Boolean,

    /// <summary>An enum, recorded by its name, cached per value by the runtime.</summary>
    EnumName,

    /// <summary>A number, character or date, recorded as a box cached per value by the runtime.</summary>
    CachedBox,
}
