using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Names the telemetry class's histogram fields after their instruments: <c>method.duration</c> → <c>MethodDuration</c>.</summary>
internal static class InstrumentFields
{
    public static string FieldName(InstrumentModel instrument)
    {
        var name = Naming.PascalCase(instrument.Name);
        return name.Length == 0 || char.IsDigit(name[0]) ? "Instrument" + name : name;
    }
}
