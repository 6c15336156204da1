using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Writes one file with a wrapper per instrumented method, attached to each of its call sites.</summary>
internal static class InterceptorEmitter
{
    public const string HintName = "AutoInstrument.Interceptors.g.cs";

    public static string Emit(IEnumerable<InterceptionGroupModel> interceptions, TelemetryClasses telemetryClasses)
    {
        var writer = new SourceWriter();
        GeneratorInfo.WriteFileHeader(writer);

        writer.OpenBlock("namespace " + KnownTypes.GeneratedNamespace);
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.OpenBlock("file static class Interceptors");

        var wrapperNames = new HashSet<string>();
        var groups = InNameOrder(interceptions).ToList();
        foreach (var group in groups)
        {
            writer.Line();
            WriteWrapper(writer, group.Target, group.Locations, UniqueName(group.Target.Method, wrapperNames), telemetryClasses.For(group.Target));
        }

        writer.CloseBlock();
        writer.CloseBlock();
        foreach (var target in groups.Select(g => g.Target).Where(t => t.Method.Access.Kind == AccessKind.PartialAccessor))
        {
            writer.Line();
            WrapperAttributeLines.DisableWarnings(writer, target.Method.Attributes);
            AccessorEmitter.WritePartialAccessor(writer, target.Method);
            WrapperAttributeLines.RestoreWarnings(writer, target.Method.Attributes);
        }

        writer.Line();
        InterceptsLocationAttributeEmitter.Write(writer);
        return writer.ToString();
    }

    // Stable output: the same compilation always yields the same bytes, whatever order the call sites arrived in.
    private static IEnumerable<InterceptionGroupModel> InNameOrder(IEnumerable<InterceptionGroupModel> interceptions) => interceptions
        .OrderBy(g => g.Target.Method.QualifiedName, System.StringComparer.Ordinal)
        .ThenBy(g => Signatures.Parameters(g.Target.Method), System.StringComparer.Ordinal);

    private static string UniqueName(MethodModel method, HashSet<string> taken)
    {
        var baseName = method.QualifiedName.Replace('.', '_');
        var name = baseName;
        for (var index = 2; !taken.Add(name); index++)
        {
            name = baseName + "_" + index;
        }

        return name;
    }

    private static InstrumentedHelper InstrumentedHelper(MethodModel method, LocalNames names, string wrapperName)
    {
        var (receiver, receiverArgument) = method.Receiver switch
        {
            ReceiverKind.Reference => ($"{method.ContainingType} {names.Self}", names.Self),
            ReceiverKind.Struct => ($"ref {method.ContainingType} {names.Self}", "ref " + names.Self),
            ReceiverKind.ReadOnlyStruct => ($"in {method.ContainingType} {names.Self}", "in " + names.Self),
            _ => ((string?)null, (string?)null),
        };

        // A plain static method, not an extension: its first parameter loses 'this'.
        var parameters = new[] { receiver }.Where(r => r is not null).Concat(method.Parameters.Select(p => Signatures.Parameter(p with { IsThis = false })));
        var arguments = new[] { receiverArgument, Signatures.Arguments(method) }.Where(a => !string.IsNullOrEmpty(a));
        var name = wrapperName + "_Instrumented";
        return new InstrumentedHelper(
            $"{method.ReturnAttributes}private static {method.ReturnType} {name}{Signatures.WrapperTypeParameterList(method)}({string.Join(", ", parameters)})",
            $"{name}{Signatures.TypeParameterList(method)}({string.Join(", ", arguments)})");
    }

    private static void WriteWrapper(
        SourceWriter writer,
        InstrumentedMethodModel target,
        EquatableArray<InterceptionLocationModel> locations,
        string wrapperName,
        string telemetryClass)
    {
        var method = target.Method;
        var names = new LocalNames(method);
        var receiver = method.Receiver switch
        {
            ReceiverKind.Reference => $"this {method.ContainingType} {names.Self}",
            ReceiverKind.Struct => $"this ref {method.ContainingType} {names.Self}",
            ReceiverKind.ReadOnlyStruct => $"this in {method.ContainingType} {names.Self}",
            _ => null,
        };
        var parameters = string.Join(", ", new[] { receiver }.Where(r => r is not null).Concat(method.Parameters.Select(Signatures.Parameter)));
        var typeParameters = Signatures.TypeParameterList(method);
        var constraints = Signatures.ConstraintClauses(method);
        var call = AccessorEmitter.Call(method, names.Self, wrapperName);
        var helperAttributes = WrapperAttributeLines.RunningInTheCall(method.Attributes).ToList();
        WrapperAttributeLines.DisableWarnings(writer, method.Attributes);
        if (method.Access.Kind == AccessKind.UnsafeAccessor)
        {
            AccessorEmitter.WriteUnsafeAccessor(writer, method, wrapperName, WrapperAttributeLines.Usage(method.Attributes));
            writer.Line();
        }

        var emitter = new WrapperEmitter(target, names, call, telemetryClass, wrapperName, typeParameters, constraints, InstrumentedHelper(method, names, wrapperName));
        var wrapperAttributes = locations
            .Select(location => $"[global::System.Runtime.CompilerServices.InterceptsLocation({location.Version}, {CSharpLiterals.String(location.Data)})] // {location.DisplayLocation}")
            .Concat(helperAttributes)
            .Concat(WrapperAttributeLines.Interceptor(method.Attributes))
            .ToList();
        emitter.WriteMethod(writer, $"{method.ReturnAttributes}public static {method.ReturnType} {wrapperName}{Signatures.WrapperTypeParameterList(method)}({parameters})", wrapperAttributes, helperAttributes);
        WrapperAttributeLines.RestoreWarnings(writer, method.Attributes);
    }
}
