using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// The unit an instrument was created with, read from the initializer of the field, property or local that holds
/// it: <c>meter.CreateHistogram&lt;double&gt;("x", unit: "s")</c>. Read from syntax, since the declaration may be in
/// another file; a unit that is not a string literal there is not known.
/// </summary>
internal static class InstrumentUnits
{
    public static string? Of(IOperation instrument)
    {
        var holder = Operations.WithoutConversions(instrument) switch
        {
            IFieldReferenceOperation field => (ISymbol)field.Field,
            IPropertyReferenceOperation property => property.Property,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };
        if (holder is null || holder.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var initializer = holder.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax property => property.Initializer?.Value,
            _ => null,
        };
        return initializer is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax create } } creation
            && create.Identifier.ValueText is "CreateHistogram" or "CreateCounter" or "CreateUpDownCounter" or "CreateGauge"
                ? UnitArgument(creation.ArgumentList)
                : null;
    }

    /// <summary>The unit passed by name, or second, before any named argument: every Create overload takes it there.</summary>
    private static string? UnitArgument(ArgumentListSyntax arguments)
    {
        for (var index = 0; index < arguments.Arguments.Count; index++)
        {
            var argument = arguments.Arguments[index];
            if ((argument.NameColon?.Name.Identifier.ValueText == "unit" || (argument.NameColon is null && index == 1))
                && argument.Expression is LiteralExpressionSyntax { Token.Value: string unit })
            {
                return unit;
            }
        }

        return null;
    }
}
