namespace AutoInstrument.Generators.Parsing;

/// <summary>Metadata names of the runtime's attributes and of the framework types the parser recognises.</summary>
internal static class AttributeNames
{
    public const string Traced = "AutoInstrument.TracedAttribute";
    public const string Tag = "AutoInstrument.TagAttribute";
    public const string Measured = "AutoInstrument.MeasuredAttribute";
    public const string MetricTag = "AutoInstrument.MetricTagAttribute";
    public const string InstrumentationSource = "AutoInstrument.InstrumentationSourceAttribute";
    public const string InstrumentedAssembly = "AutoInstrument.Runtime.InstrumentedAssemblyAttribute";
    public const string IteratorStateMachine = "System.Runtime.CompilerServices.IteratorStateMachineAttribute";
    public const string Obsolete = "System.ObsoleteAttribute";
    public const string Experimental = "System.Diagnostics.CodeAnalysis.ExperimentalAttribute";
    public const string RequiresUnreferencedCode = "System.Diagnostics.CodeAnalysis.RequiresUnreferencedCodeAttribute";
    public const string RequiresDynamicCode = "System.Diagnostics.CodeAnalysis.RequiresDynamicCodeAttribute";
    public const string RequiresAssemblyFiles = "System.Diagnostics.CodeAnalysis.RequiresAssemblyFilesAttribute";
}
