using System;
using System.ComponentModel;

namespace AutoInstrument.Runtime;

/// <summary>
/// Emitted by the generator into every assembly it instruments, naming its source and meter, so that applications
/// compiled against the assembly subscribe to them without scanning at start-up.
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
}
