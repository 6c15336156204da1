using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// What the compiler holds an interceptor to beyond its signature: a <c>[DoesNotReturn]</c> method is intercepted only
    /// by one that says so too (CS8770). Only the interceptor carries it; its helpers return.
    /// </summary>
    public static IEnumerable<string> Interceptor(WrapperAttributesModel attributes)
    {
        if (attributes.DoesNotReturn)
        {
            yield return "[global::System.Diagnostics.CodeAnalysis.DoesNotReturn]";
        }
    }

    /// <summary>
    /// Warnings the wrapper would draw where the user's call draws none: the experimental diagnostics the user suppressed
    /// at the call site, and CS8763 for a <c>[DoesNotReturn]</c> wrapper, whose flow analysis cannot see that the
    /// original never returns once its call sits in a try block.
    /// </summary>
    public static void DisableWarnings(SourceWriter writer, WrapperAttributesModel attributes)
    {
        if (SuppressedWarnings(attributes) is { Length: > 0 } ids)
        {
            writer.Line("#pragma warning disable " + ids);
        }
    }

    public static void RestoreWarnings(SourceWriter writer, WrapperAttributesModel attributes)
    {
        if (SuppressedWarnings(attributes) is { Length: > 0 } ids)
        {
            writer.Line("#pragma warning restore " + ids);
        }
    }

    private static string SuppressedWarnings(WrapperAttributesModel attributes) =>
        string.Join(", ", attributes.ExperimentalIds.Concat(attributes.DoesNotReturn ? new[] { "CS8763" } : new string[0]));
}
