using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// The attributes of a parameter, type parameter or result that the compiler's flow analysis reads: nullable state
/// (<c>[MaybeNullWhen(false)] out T value</c>) and trimming requirements (<c>[DynamicallyAccessedMembers]</c>). A
/// wrapper that repeats the signature without them would pass a maybe-null value on (CS8601) or lose a trimming
/// guarantee (IL2091), so they are written again, exactly as declared.
/// </summary>
internal static class CarriedAttributes
{
    private const string CodeAnalysis = "System.Diagnostics.CodeAnalysis.";

    private static readonly HashSet<string> Carried = new(System.StringComparer.Ordinal)
    {
        CodeAnalysis + "AllowNullAttribute",
        CodeAnalysis + "DisallowNullAttribute",
        CodeAnalysis + "MaybeNullAttribute",
        CodeAnalysis + "NotNullAttribute",
        CodeAnalysis + "MaybeNullWhenAttribute",
        CodeAnalysis + "NotNullWhenAttribute",
        CodeAnalysis + "NotNullIfNotNullAttribute",
        CodeAnalysis + "DoesNotReturnIfAttribute",
        CodeAnalysis + "DynamicallyAccessedMembersAttribute",
    };

    /// <summary>The attribute list to write before the declaration, e.g. <c>[global::…MaybeNullWhen(false)] </c>; empty when none.</summary>
    public static string Of(ImmutableArray<AttributeData> attributes, string target = "") =>
        string.Concat(attributes
            .Where(a => a.AttributeClass is { } type && Carried.Contains(type.ToDisplayString()))
            .Select(a => $"[{target}global::{a.AttributeClass!.ToDisplayString()}{Arguments(a)}] "));

    private static string Arguments(AttributeData attribute)
    {
        var arguments = attribute.ConstructorArguments.Select(CSharp)
            .Concat(attribute.NamedArguments.Select(named => named.Key + " = " + CSharp(named.Value)))
            .ToList();
        return arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")";
    }

    // Enum values print as a cast of their number, which needs no name to bind.
    private static string CSharp(TypedConstant constant) =>
        constant.Kind == TypedConstantKind.Enum && constant.Type is { } type
            ? $"(global::{type.ToDisplayString()}){System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture)}"
            : constant.ToCSharpString();
}
