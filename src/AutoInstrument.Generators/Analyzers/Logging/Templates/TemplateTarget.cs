namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>A method that takes a message template: whose template it is, and which parameter holds it.</summary>
internal sealed class TemplateTarget
{
    public TemplateTarget(TemplateLibrary library, int templateOrdinal)
    {
        Library = library;
        TemplateOrdinal = templateOrdinal;
    }

    public TemplateLibrary Library { get; }

    /// <summary>The template parameter's position in the method's own (not reduced) form, which a call's arguments name.</summary>
    public int TemplateOrdinal { get; }
}
