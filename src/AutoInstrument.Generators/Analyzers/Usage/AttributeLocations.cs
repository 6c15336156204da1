using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Analyzers.Usage;

/// <summary>Where an attribute, or one of its arguments, is written.</summary>
internal static class AttributeLocations
{
    public static Location? Of(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation();

    /// <summary>The first positional argument (a name), or the attribute when it is not written in source.</summary>
    public static Location? OfConstructorArgument(AttributeData attribute, CancellationToken cancellationToken) =>
        Syntax(attribute, cancellationToken)?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null)?.GetLocation()
            ?? Of(attribute, cancellationToken);

    /// <summary>The argument <c>Name = …</c>, or the attribute.</summary>
    public static Location? OfNamedArgument(AttributeData attribute, string name, CancellationToken cancellationToken) =>
        Syntax(attribute, cancellationToken)?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.GetLocation()
            ?? Of(attribute, cancellationToken);

    private static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
}
