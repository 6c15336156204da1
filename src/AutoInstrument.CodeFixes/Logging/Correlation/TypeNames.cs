using Microsoft.CodeAnalysis;

namespace AutoInstrument.CodeFixes.Logging.Correlation;

/// <summary>Writes a type the way the surrounding code would: by its simple name when a using directive brings it in.</summary>
internal static class TypeNames
{
    public static string AsWrittenAt(SemanticModel model, int position, string metadataName)
    {
        var simpleName = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
        foreach (var symbol in model.LookupNamespacesAndTypes(position, name: simpleName))
        {
            if (symbol.ToDisplayString() == metadataName)
            {
                return simpleName;
            }
        }

        return metadataName;
    }
}
