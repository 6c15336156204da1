using System.Collections.Generic;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads <c>[Tag]</c> from parameters and results, checking that the value can be a span attribute under its name.</summary>
internal static class TagModels
{
    public static TagModel? ForParameter(IParameterSymbol parameter, CompilationContext types, List<Diagnostic>? diagnostics)
    {
        var attribute = Find(parameter.GetAttributes(), types);
        return attribute is null || IsLeftOut(parameter.ContainingSymbol as IMethodSymbol, parameter, types)
            ? null
            : Create(InstrumentationAttributes.ConstructorString(attribute) ?? parameter.Name, parameter.Type, parameter.Name, attribute, types, diagnostics);
    }

    public static TagModel? ForReturn(IMethodSymbol method, ITypeSymbol? resultType, CompilationContext types, List<Diagnostic>? diagnostics)
    {
        var attribute = Find(method.GetReturnTypeAttributes(), types);
        if (attribute is null || IsLeftOut(method, null, types))
        {
            return null;
        }

        var name = InstrumentationAttributes.ConstructorString(attribute) ?? "return";
        if (resultType is null)
        {
            diagnostics?.Add(Diagnostic.Create(Descriptors.UnsupportedTagType, LocationOf(attribute), "return value", "void"));
            return null;
        }

        return Create(name, resultType, "return value", attribute, types, diagnostics);
    }

    /// <summary>A tag whose name is blank, reserved or already used is not recorded (AI0008, AI0017, AI0018 say so).</summary>
    private static bool IsLeftOut(IMethodSymbol? method, IParameterSymbol? parameter, CompilationContext types) =>
        method is not null && TagDeclarations.ProblemOf(TagDeclarations.ForSpan(method, types.Tag), parameter) != TagNameProblem.None;

    private static TagModel? Create(
        string name,
        ITypeSymbol type,
        string subject,
        AttributeData attribute,
        CompilationContext types,
        List<Diagnostic>? diagnostics)
    {
        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : null;
        var valueType = underlying ?? type;
        if (!IsSupported(valueType, types))
        {
            diagnostics?.Add(Diagnostic.Create(Descriptors.UnsupportedTagType, LocationOf(attribute), subject, type.ToDisplayString()));
            return null;
        }

        return new TagModel(name, valueType.TypeKind == TypeKind.Enum, underlying is not null);
    }

    private static bool IsSupported(ITypeSymbol type, CompilationContext types)
    {
        if (type.TypeKind == TypeKind.Enum)
        {
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_String:
            case SpecialType.System_DateTime:
                return true;
        }

        return IsAny(type, types.Guid, types.DateTimeOffset, types.TimeSpan);
    }

    private static bool IsAny(ITypeSymbol type, params INamedTypeSymbol?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate is not null && SymbolEqualityComparer.Default.Equals(type, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static AttributeData? Find(IEnumerable<AttributeData> attributes, CompilationContext types)
    {
        foreach (var attribute in attributes)
        {
            if (types.Tag is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.Tag))
            {
                return attribute;
            }
        }

        return null;
    }

    private static Location? LocationOf(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();
}
