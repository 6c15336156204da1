using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads <c>[Measured]</c> and the method's <c>[MetricTag]</c> parameters, validating buckets and dimensions.</summary>
internal static class MeasuringParser
{
    public const string DefaultInstrumentName = "method.duration";
    public const string DefaultDescription = "The duration of instrumented methods.";

    /// <summary>Seconds, from 5 ms to 10 s: the OpenTelemetry semantic-convention advice for durations.</summary>
    public static readonly double[] DefaultBuckets = { 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10 };

    public static MeasuringModel? Parse(IMethodSymbol method, AttributeData measured, CompilationContext types, List<Diagnostic>? diagnostics)
    {
        // An instrument the OpenTelemetry SDK would reject is not created: the method is left unmeasured (AI0019 says so).
        var instrument = Instrument(measured, method.ContainingType.Name + "." + method.Name, method.Name, diagnostics);
        if (instrument is null)
        {
            return null;
        }

        var metricTags = TagDeclarations.ForMetric(method, types.MetricTag);
        var tags = method.Parameters
            .Select(p => MetricTag(p, metricTags, types, diagnostics))
            .Where(t => t is not null)
            .Select(t => t!)
            .ToEquatableArray();
        return new MeasuringModel(instrument, tags);
    }

    /// <summary>
    /// The instrument one <c>[Measured]</c> records into, or null when there is none: buckets that are not valid (AI0009)
    /// or a name the OpenTelemetry SDK rejects (AI0019). A blank name means the default instrument (AI0008).
    /// </summary>
    /// <param name="owner">What the attribute is on (<c>Type.Method</c>), for the default description of a named instrument.</param>
    /// <param name="methodName">The method named by the bucket diagnostics.</param>
    public static InstrumentModel? Instrument(AttributeData measured, string owner, string methodName, List<Diagnostic>? diagnostics)
    {
        var name = InstrumentationAttributes.ConstructorString(measured);
        if (ArgumentRules.IsBlank(name))
        {
            name = null;
        }

        if (name is not null && ArgumentRules.InstrumentNameProblem(name) is not null)
        {
            return null;
        }

        var buckets = Buckets(methodName, measured, diagnostics);
        if (buckets is null)
        {
            return null;
        }

        var given = InstrumentationAttributes.Named(measured, "Description")?.Value as string;
        var description = given ?? (name is null ? DefaultDescription : $"The duration of {owner}.");
        return new InstrumentModel(name ?? DefaultInstrumentName, description, buckets.ToEquatableArray(), given is not null);
    }

    private static double[]? Buckets(string methodName, AttributeData measured, List<Diagnostic>? diagnostics)
    {
        if (InstrumentationAttributes.Named(measured, "Buckets") is not { } argument || argument.IsNull)
        {
            return DefaultBuckets;
        }

        var values = argument.Values.Select(v => System.Convert.ToDouble(v.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var elements = BucketElements(measured);
        if (values.Length == 0)
        {
            diagnostics?.Add(Diagnostic.Create(Descriptors.InvalidBuckets, BucketsArgument(measured)?.GetLocation() ?? AttributeLocation(measured), methodName, "are empty"));
            return null;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var problem = values[i] <= 0 || double.IsNaN(values[i]) || double.IsInfinity(values[i]) ? $"contain {Format(values[i])}, which is not a positive number of seconds"
                : i > 0 && values[i] == values[i - 1] ? $"contain {Format(values[i])} twice"
                : i > 0 && values[i] < values[i - 1] ? $"are not ascending: {Format(values[i])} follows {Format(values[i - 1])}"
                : null;
            if (problem is not null)
            {
                var location = i < elements.Count ? elements[i].GetLocation() : AttributeLocation(measured);
                diagnostics?.Add(Diagnostic.Create(Descriptors.InvalidBuckets, location, methodName, problem));
                return null;
            }
        }

        return values;
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static MetricTagModel? MetricTag(
        IParameterSymbol parameter,
        IReadOnlyList<TagDeclaration> metricTags,
        CompilationContext types,
        List<Diagnostic>? diagnostics)
    {
        var attribute = parameter.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, types.MetricTag));
        if (attribute is null)
        {
            return null;
        }

        // A dimension whose name is blank, reserved or already used is not recorded (AI0008, AI0017, AI0018 say so).
        if (TagDeclarations.ProblemOf(metricTags, parameter) != TagNameProblem.None)
        {
            return null;
        }

        var type = parameter.Type;
        var location = AttributeLocation(attribute);
        var boundedByType = type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_Boolean
            or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Char;
        var vouched = InstrumentationAttributes.Named(attribute, "Bounded")?.Value is true;
        var recordable = boundedByType || type.SpecialType is SpecialType.System_String or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_DateTime
            || SymbolEqualityComparer.Default.Equals(type, types.Guid) || SymbolEqualityComparer.Default.Equals(type, types.DateTimeOffset);
        if (!recordable)
        {
            diagnostics?.Add(Diagnostic.Create(Descriptors.UnsupportedMetricTagType, location, parameter.Name, type.ToDisplayString()));
            return null;
        }

        if (!boundedByType && !vouched)
        {
            diagnostics?.Add(Diagnostic.Create(Descriptors.UnboundedMetricTag, location, parameter.Name, type.ToDisplayString()));
        }

        var name = InstrumentationAttributes.ConstructorString(attribute) ?? parameter.Name;
        var value = type.TypeKind == TypeKind.Enum ? MetricTagValue.EnumName
            : type.SpecialType == SpecialType.System_Boolean ? MetricTagValue.Boolean
            : type.SpecialType == SpecialType.System_String ? MetricTagValue.String
            : MetricTagValue.CachedBox;
        return new MetricTagModel(name, Identifiers.Escape(parameter.Name), value);
    }

    private static Location? AttributeLocation(AttributeData attribute) => attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation();

    private static AttributeArgumentSyntax? BucketsArgument(AttributeData attribute) =>
        (attribute.ApplicationSyntaxReference?.GetSyntax() as AttributeSyntax)?.ArgumentList?.Arguments
            .FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Buckets");

    private static IReadOnlyList<ExpressionSyntax> BucketElements(AttributeData attribute) => BucketsArgument(attribute)?.Expression switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
        CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(e => e.Expression).ToList(),
        _ => new List<ExpressionSyntax>(),
    };
}
