using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Writes how a wrapper calls the original method: directly, through an accessor in a partial type, or through <c>[UnsafeAccessor]</c>.</summary>
internal static class AccessorEmitter
{
    private const string CompilerServices = "global::System.Runtime.CompilerServices";

    /// <summary>The expression that calls the original method with the wrapper's parameters.</summary>
    public static string Call(MethodModel method, string self, string wrapperName)
    {
        var arguments = Signatures.Arguments(method);
        var receiver = method.Receiver switch
        {
            ReceiverKind.None => null,
            ReceiverKind.Reference => self,
            ReceiverKind.ReadOnlyStruct => "in " + self,
            _ => "ref " + self,
        };
        switch (method.Access.Kind)
        {
            case AccessKind.PartialAccessor:
                return $"{method.ContainingType}.{method.Access.AccessorName}{Signatures.MethodTypeArguments(method)}({Join(receiver, arguments)})";
            case AccessKind.UnsafeAccessor:
                // A static target still takes its type as first parameter; the value is ignored.
                return $"{UnsafeAccessorName(wrapperName)}({Join(receiver ?? "default!", arguments)})";
            default:
                var target = method.Receiver == ReceiverKind.None ? method.ContainingType : self;
                return $"{target}.{method.Name}{Signatures.MethodTypeArguments(method)}({arguments})";
        }
    }

    public static void WriteUnsafeAccessor(SourceWriter writer, MethodModel method, string wrapperName, IEnumerable<string> attributes)
    {
        foreach (var attribute in attributes)
        {
            writer.Line(attribute);
        }

        var kind = method.Receiver == ReceiverKind.None ? "StaticMethod" : "Method";
        var target = method.Receiver switch
        {
            ReceiverKind.None => method.ContainingType + " target",
            ReceiverKind.Reference => method.ContainingType + " self",
            _ => "ref " + method.ContainingType + " self",
        };
        writer.Line($"[{CompilerServices}.UnsafeAccessor({CompilerServices}.UnsafeAccessorKind.{kind}, Name = {CSharpLiterals.String(method.Name.TrimStart('@'))})]");
        writer.Line($"private static extern {method.ReturnType} {UnsafeAccessorName(wrapperName)}({Join(target, Signatures.Parameters(WithoutThis(method)))});");
    }

    /// <summary>An internal static method in the user's partial type that forwards to the private one.</summary>
    public static void WritePartialAccessor(SourceWriter writer, MethodModel method)
    {
        var access = method.Access;
        TypeNesting.Open(writer, access.Namespace, access.ContainingTypes);

        var receiver = method.Receiver switch
        {
            ReceiverKind.None => null,
            ReceiverKind.Reference => method.ContainingType + " self",
            ReceiverKind.ReadOnlyStruct => "in " + method.ContainingType + " self",
            _ => "ref " + method.ContainingType + " self",
        };
        var typeParameterList = Signatures.MethodTypeArguments(method);
        var target = method.Receiver == ReceiverKind.None ? method.ContainingType : "self";
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        foreach (var attribute in WrapperAttributeLines.RunningInTheCall(method.Attributes))
        {
            writer.Line(attribute);
        }

        writer.Line($"internal static {method.ReturnType} {access.AccessorName}{typeParameterList}({Join(receiver, Signatures.Parameters(WithoutThis(method)))})");
        foreach (var constraint in Signatures.MethodConstraintClauses(method))
        {
            writer.Line("    " + constraint);
        }

        writer.Line($"    => {target}.{method.Name}{Signatures.MethodTypeArguments(method)}({Signatures.Arguments(method)});");
        TypeNesting.Close(writer, access.Namespace, access.ContainingTypes);
    }

    private static string UnsafeAccessorName(string wrapperName) => wrapperName + "_Original";

    // Accessors are plain static methods, never extension methods.
    private static MethodModel WithoutThis(MethodModel method) =>
        method with { Parameters = method.Parameters.Select(p => p with { IsThis = false }).ToEquatableArray() };

    private static string Join(string? first, string rest) =>
        first is null ? rest : rest.Length == 0 ? first : first + ", " + rest;
}
