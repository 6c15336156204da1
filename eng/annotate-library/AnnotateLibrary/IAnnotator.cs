namespace AnnotateLibrary;

/// <summary>Rewrites one C# file's text; returns the same instance when nothing changed.</summary>
internal interface IAnnotator
{
    string Summary { get; }

    string Annotate(string text);
}
