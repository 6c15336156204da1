using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Writes how a wrapper calls the original method: directly, through an accessor in a partial type, or through <c>[UnsafeAccessor]</c>.</summary>
internal static class AccessorEmitter
{
    private const string CompilerServices = "global::System.Runtime.CompilerServices";
    private const string Unsafe = CompilerServices + ".Unsafe";

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
                // A static target still takes its type (or its name) as first parameter; the value is ignored. A struct
                // target takes 'ref' even when readonly: its readonly methods cannot write through it.
                var target = method.Receiver switch
                {
                    ReceiverKind.None => method.Access.TargetTypeName.Length > 0 ? "null" : "default!",
                    ReceiverKind.ReadOnlyStruct => $"ref {Unsafe}.AsRef(in {self})",
                    _ => receiver!,
                };
                return $"{UnsafeAccessorReference(method, wrapperName)}{Signatures.MethodTypeArguments(method)}({Join(target, arguments)})";
            default:
                var owner = method.Receiver == ReceiverKind.None ? method.ContainingType : self;
                return $"{owner}.{method.Name}{Signatures.MethodTypeArguments(method)}({arguments})";
        }
    }

    /// <summary>
    /// The <c>[UnsafeAccessor]</c> extern that calls the original. For a member of a generic type it sits in a generic
    /// class of its own: the runtime takes the type's type parameters from the accessor's class and the method's from
    /// the accessor method.
    /// </summary>
    public static void WriteUnsafeAccessor(SourceWriter writer, MethodModel method, string wrapperName, IEnumerable<string> attributes)
    {
        var inGenericType = Signatures.ContainingTypeArguments(method).Length > 0;
        if (inGenericType)
        {
            writer.Line($"private static class {UnsafeAccessorClassName(wrapperName)}{Signatures.ContainingTypeParameterList(method)}");
            foreach (var constraint in Signatures.ContainingTypeConstraintClauses(method))
            {
                writer.Line("    " + constraint);
            }

            writer.OpenBrace();
        }

        foreach (var attribute in attributes)
        {
            writer.Line(attribute);
        }

        var kind = method.Receiver == ReceiverKind.None ? "StaticMethod" : "Method";
        var target = method.Receiver switch
        {
            ReceiverKind.None when method.Access.TargetTypeName.Length > 0 =>
                $"[{CompilerServices}.UnsafeAccessorType({CSharpLiterals.String(method.Access.TargetTypeName)})] object? target",
            ReceiverKind.None => method.ContainingType + " target",
            ReceiverKind.Reference => method.ContainingType + " self",
            _ => "ref " + method.ContainingType + " self",
        };
        var name = inGenericType ? "Original" : UnsafeAccessorName(wrapperName);
        var visibility = inGenericType ? "public" : "private";
        writer.Line($"[{CompilerServices}.UnsafeAccessor({CompilerServices}.UnsafeAccessorKind.{kind}, Name = {CSharpLiterals.String(method.Name.TrimStart('@'))})]");
        var constraints = Signatures.MethodConstraintClauses(method);
        var declaration = $"{method.ReturnAttributes}{visibility} static extern {method.ReturnType} {name}{Signatures.MethodTypeParameterList(method)}({Join(target, Signatures.Parameters(WithoutThis(method)))})";
        if (constraints.Length == 0)
        {
            writer.Line(declaration + ";");
        }
        else
        {
            writer.Line(declaration);
            for (var index = 0; index < constraints.Length; index++)
            {
                writer.Line("    " + constraints[index] + (index == constraints.Length - 1 ? ";" : string.Empty));
            }
        }

        if (inGenericType)
        {
            writer.CloseBlock();
        }
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
        var typeParameterList = Signatures.MethodTypeParameterList(method);
        var target = method.Receiver == ReceiverKind.None ? method.ContainingType : "self";
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        foreach (var attribute in WrapperAttributeLines.RunningInTheCall(method.Attributes))
        {
            writer.Line(attribute);
        }

        writer.Line($"{method.ReturnAttributes}internal static {method.ReturnType} {access.AccessorName}{typeParameterList}({Join(receiver, Signatures.Parameters(WithoutThis(method)))})");
        foreach (var constraint in Signatures.MethodConstraintClauses(method))
        {
            writer.Line("    " + constraint);
        }

        writer.Line($"    => {target}.{method.Name}{Signatures.MethodTypeArguments(method)}({Signatures.Arguments(method)});");
        TypeNesting.Close(writer, access.Namespace, access.ContainingTypes);
    }

    private static string UnsafeAccessorName(string wrapperName) => wrapperName + "_Original";

    private static string UnsafeAccessorClassName(string wrapperName) => wrapperName + "_Access";

    private static string UnsafeAccessorReference(MethodModel method, string wrapperName) =>
        Signatures.ContainingTypeArguments(method) is { Length: > 0 } typeArguments
            ? $"{UnsafeAccessorClassName(wrapperName)}{typeArguments}.Original"
            : UnsafeAccessorName(wrapperName);

    // Accessors are plain static methods, never extension methods.
    private static MethodModel WithoutThis(MethodModel method) =>
        method with { Parameters = method.Parameters.Select(p => p with { IsThis = false }).ToEquatableArray() };

    private static string Join(string? first, string rest) =>
        first is null ? rest : rest.Length == 0 ? first : first + ", " + rest;
}
