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
        var call = $"{model.CoreName}{Signatures.MethodTypeArguments(method)}({Signatures.Arguments(method)})";
        var helperName = method.Name.TrimStart('@') + "AutoInstrumentCompletion";
        var emitter = new WrapperEmitter(model.Method, names, call, telemetryClass, helperName);
        var ownTypeParameters = method.TypeParameters.Skip(method.TypeParameters.Length - method.MethodTypeParameterCount).ToArray();
        var typeParameterList = ownTypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", ownTypeParameters.Select(t => t.Name)) + ">";
        var helperConstraints = ownTypeParameters.Select(t => t.Constraints).Where(c => c.Length > 0).ToArray();

        var writer = new SourceWriter();
        GeneratorInfo.WriteFileHeader(writer);
        TypeNesting.Open(writer, model.Namespace, model.ContainingTypes);

        writer.Line($"{model.Modifiers} {method.ReturnType} {method.Name}{typeParameterList}({Signatures.Parameters(method)})");
        foreach (var constraint in helperConstraints)
        {
            writer.Line("    " + constraint);
        }

        writer.OpenBrace();
        emitter.WriteBody(writer);
        writer.CloseBlock();

        if (emitter.NeedsHelper)
        {
            writer.Line();
            writer.Line(GeneratorInfo.GeneratedCodeAttribute);
            emitter.WriteHelper(writer, "private static", typeParameterList, helperConstraints);
        }

        TypeNesting.Close(writer, model.Namespace, model.ContainingTypes);

        return writer.ToString();
    }
}
