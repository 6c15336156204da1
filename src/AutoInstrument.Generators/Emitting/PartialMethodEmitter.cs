using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Implements a <c>[Traced] partial</c> method as the wrapper around its <c>…Core</c> body.</summary>
internal static class PartialMethodEmitter
{
    public static string Emit(PartialMethodModel model, string telemetryClass)
    {
        var method = model.Method.Method;
        var names = new LocalNames(method);
        var typeParameters = Signatures.MethodTypeArguments(method);
        var call = $"{model.CoreName}{typeParameters}({Signatures.Arguments(method)})";

        // The helpers live in the user's type: a prefix no hand-written member would take.
        var helperBaseName = method.Name.TrimStart('@') + "_AutoInstrument";
        var emitter = new WrapperEmitter(model.Method, names, call, telemetryClass, helperBaseName, typeParameters, Signatures.MethodConstraintClauses(method), instrumentedHelper: null);

        var writer = new SourceWriter();
        GeneratorInfo.WriteFileHeader(writer);
        TypeNesting.Open(writer, model.Namespace, model.ContainingTypes);
        // The implementation takes the attributes of the user's declaration; only the helpers need their own.
        var helperAttributes = new[] { GeneratorInfo.GeneratedCodeAttribute }
            .Concat(WrapperAttributeLines.RunningInTheCall(method.Attributes))
            .ToList();
        WrapperAttributeLines.DisableWarnings(writer, method.Attributes);
        emitter.WriteMethod(
            writer,
            $"{model.Modifiers} {method.ReturnType} {method.Name}{typeParameters}({Signatures.ImplementationParameters(method)})",
            System.Array.Empty<string>(),
            helperAttributes);
        WrapperAttributeLines.RestoreWarnings(writer, method.Attributes);
        TypeNesting.Close(writer, model.Namespace, model.ContainingTypes);

        return writer.ToString();
    }
}
