using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace AutoInstrument.Runtime;

/// <summary>
/// The names of every <c>ActivitySource</c> and <c>Meter</c> declared by AutoInstrument-generated code that the
/// application was compiled against. Filled by a generated module initializer; read by <c>AddAutoInstrumentation()</c>.
/// </summary>
public static class InstrumentationRegistry
{
    private static readonly object Gate = new();
    private static readonly List<string> Names = new();

    /// <summary>The registered source and meter names, in registration order, without duplicates.</summary>
    public static IReadOnlyList<string> SourceNames
    {
        get
        {
            lock (Gate)
            {
                return Names.ToArray();
            }
        }
    }

    /// <summary>Registers source and meter names known at compile time. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(params string[] names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        lock (Gate)
        {
            foreach (var name in names)
            {
                if (!Names.Contains(name))
                {
                    Names.Add(name);
                }
            }
        }
    }
}
