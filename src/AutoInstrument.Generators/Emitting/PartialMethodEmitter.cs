using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Implements a <c>[Traced] partial</c> method as the wrapper around its <c>…Core</c> body.</summary>
internal static class PartialMethodEmitter
{
    public static string Emit(PartialMethodModel model, string telemetryClass)
    {
        var method = model.Method.Method;
        var names = new LocalNames(method);
        var call = $"{model.CoreName}{Signatures.MethodTypeArguments(method)}({Signatures.Arguments(method)})";
        var helperName = method.Name.TrimStart('@') + "AutoInstrumentCompletion";
        var emitter = new WrapperEmitter(model.Method, names, call, telemetryClass, helperName);
        var typeParameters = Signatures.MethodTypeArguments(method);
        var constraints = Signatures.MethodConstraintClauses(method);

        var writer = new SourceWriter();
        GeneratorInfo.WriteFileHeader(writer);
        TypeNesting.Open(writer, model.Namespace, model.ContainingTypes);
        emitter.WriteMethod(
            writer,
            $"{model.Modifiers} {method.ReturnType} {method.Name}{typeParameters}({Signatures.Parameters(method)})",
            typeParameters,
            constraints,
            GeneratorInfo.GeneratedCodeAttribute);
        TypeNesting.Close(writer, model.Namespace, model.ContainingTypes);

        return writer.ToString();
    }
}
