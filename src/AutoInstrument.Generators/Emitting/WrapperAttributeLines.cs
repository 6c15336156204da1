using System.Collections.Generic;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>The attribute lines written on a wrapper and its helpers, and the pragmas written around them.</summary>
internal static class WrapperAttributeLines
{
    private const string CodeAnalysis = "global::System.Diagnostics.CodeAnalysis";

    /// <summary>What lets the generated code call the original method wherever the user's call was legal.</summary>
    public static IEnumerable<string> Usage(WrapperAttributesModel attributes)
    {
        if (attributes.IsObsolete)
        {
            yield return "[global::System.Obsolete]";
        }

        if (attributes.RequiresUnreferencedCode is { } unreferenced)
        {
            yield return $"[{CodeAnalysis}.RequiresUnreferencedCode({CSharpLiterals.String(unreferenced)})]";
        }

        if (attributes.RequiresDynamicCode is { } dynamicCode)
        {
            yield return $"[{CodeAnalysis}.RequiresDynamicCode({CSharpLiterals.String(dynamicCode)})]";
        }

        if (attributes.RequiresAssemblyFiles is { } assemblyFiles)
        {
            yield return assemblyFiles.Length == 0
                ? $"[{CodeAnalysis}.RequiresAssemblyFiles]"
                : $"[{CodeAnalysis}.RequiresAssemblyFiles({CSharpLiterals.String(assemblyFiles)})]";
        }
    }

    /// <summary>
    /// The lines on a generated method that runs in the call: what makes its call legal, and what keeps its frame out of
    /// exception stack traces, which then read as they would without instrumentation.
    /// </summary>
    public static IEnumerable<string> RunningInTheCall(WrapperAttributesModel attributes)
    {
        foreach (var line in Usage(attributes))
        {
            yield return line;
        }

        if (attributes.CanHideFrames)
        {
            yield return "[global::System.Diagnostics.StackTraceHidden]";
        }
    }

    /// <summary>The user suppressed these experimental diagnostics where they call the method; the wrapper's call is theirs.</summary>
    public static void DisableExperimental(SourceWriter writer, WrapperAttributesModel attributes)
    {
        if (!attributes.ExperimentalIds.IsEmpty)
        {
            writer.Line("#pragma warning disable " + string.Join(", ", attributes.ExperimentalIds));
        }
    }

    public static void RestoreExperimental(SourceWriter writer, WrapperAttributesModel attributes)
    {
        if (!attributes.ExperimentalIds.IsEmpty)
        {
            writer.Line("#pragma warning restore " + string.Join(", ", attributes.ExperimentalIds));
        }
    }
}
