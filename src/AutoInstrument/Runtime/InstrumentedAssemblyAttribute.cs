using System;
using System.ComponentModel;

namespace AutoInstrument.Runtime;

/// <summary>
/// Emitted by the generator into every assembly it instruments, naming its source and meter, so that applications
/// compiled against the assembly subscribe to them without scanning at start-up, and wrappers generated in those
/// applications record into them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
public sealed class InstrumentedAssemblyAttribute : Attribute
{
    /// <summary>Records the source and meter name.</summary>
    public InstrumentedAssemblyAttribute(string sourceName)
    {
        SourceName = sourceName;
    }

    /// <summary>The name of the assembly's <c>ActivitySource</c> and <c>Meter</c>.</summary>
    public string SourceName { get; }

    /// <summary>Their version, so that callers compiled against the assembly create them as it declares them.</summary>
    public string? Version { get; set; }
}
