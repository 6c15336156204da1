using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>
/// The attributes a wrapper and its helpers carry. Most repeat what makes a use of the original method legal where the
/// user wrote it, so that the wrapper's own call is legal too: a caller allowed to call an obsolete, experimental or
/// trimming-unsafe member compiles silently, and so must the code generated for it.
/// </summary>
/// <param name="IsObsolete">The method, a containing type or a type in its signature is <c>[Obsolete]</c>: the wrapper is too, which silences CS0612, CS0618 and CS0619 inside it.</param>
/// <param name="ExperimentalIds">Diagnostic IDs of <c>[Experimental]</c> symbols the wrapper names; the user suppressed them at the call site, the wrapper suppresses them around itself.</param>
/// <param name="RequiresUnreferencedCode">The message of the method's <c>[RequiresUnreferencedCode]</c>, if any.</param>
/// <param name="RequiresDynamicCode">The message of the method's <c>[RequiresDynamicCode]</c>, if any.</param>
/// <param name="RequiresAssemblyFiles">The message of the method's <c>[RequiresAssemblyFiles]</c> (empty when it has none), or null.</param>
/// <param name="CanHideFrames">The target framework has <c>StackTraceHiddenAttribute</c>, so the wrapper's frames stay out of exception stack traces.</param>
internal sealed record WrapperAttributesModel(
    bool IsObsolete,
    EquatableArray<string> ExperimentalIds,
    string? RequiresUnreferencedCode,
    string? RequiresDynamicCode,
    string? RequiresAssemblyFiles,
    bool CanHideFrames)
{
    public static readonly WrapperAttributesModel None = new(false, EquatableArray<string>.Empty, null, null, null, false);
}
