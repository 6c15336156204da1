using System;

namespace AutoInstrument.Generators.Analyzers.Boundaries;

/// <summary>The attributes <c>autoinstrument.boundary.require</c> asks for on every public method of a boundary.</summary>
[Flags]
internal enum RequiredInstrumentation
{
    None = 0,
    Traced = 1,
    Measured = 2,
}
