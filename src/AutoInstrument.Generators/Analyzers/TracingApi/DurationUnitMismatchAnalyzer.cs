using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// AI2005: <c>Stopwatch.ElapsedMilliseconds</c> or <c>TimeSpan.TotalMilliseconds</c> recorded into an instrument
/// created with unit <c>s</c>, or <c>TimeSpan.TotalSeconds</c> into one with unit <c>ms</c>. The unit is known when
/// the instrument is a field, property or local initialised by a <c>Meter.Create…</c> call with a literal unit.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DurationUnitMismatchAnalyzer : TracingApiAnalyzer
{
    /// <summary>Diagnostic property with the member path that reads the duration in the instrument's unit, e.g. <c>Elapsed.TotalSeconds</c>.</summary>
    public const string ReplacementProperty = "Replacement";

    public DurationUnitMismatchAnalyzer()
        : base(Descriptors.DurationUnitMismatch)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, TracingApiSymbols symbols)
    {
        if (symbols.Instrument is not null)
        {
            start.RegisterOperationAction(context => AnalyzeInvocation(context, symbols), OperationKind.Invocation);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, TracingApiSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name is not ("Record" or "Add")
            || invocation.Instance is not { } instrument
            || !symbols.IsInstrument(invocation.TargetMethod.ContainingType)
            || invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == 0) is not { } recorded
            || Operations.WithoutConversions(recorded.Value) is not IPropertyReferenceOperation duration
            || Duration(duration.Property, symbols) is not { } read
            || InstrumentUnits.Of(instrument) is not { } unit
            || Expected(read.Unit, unit) is not { } expected)
        {
            return;
        }

        var replacement = expected.Replacement(read.Member);
        var properties = FixProperties(
            invocation.TargetMethod.ContainingType.TypeArguments[0].SpecialType == SpecialType.System_Double, ReplacementProperty, replacement);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.DurationUnitMismatch,
            duration.Syntax.GetLocation(),
            properties,
            duration.Property.ContainingType.Name + "." + duration.Property.Name,
            read.Unit,
            Operations.WithoutConversions(instrument)!.Syntax.ToString(),
            unit,
            $"{expected.Name} ({replacement})"));
    }

    /// <summary>The unit a duration property reads, or null when it is not one this rule knows.</summary>
    private static (string Member, string Unit)? Duration(IPropertySymbol property, TracingApiSymbols symbols) => property.Name switch
    {
        "ElapsedMilliseconds" when SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.Stopwatch) => ("ElapsedMilliseconds", Milliseconds),
        "TotalMilliseconds" when SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.TimeSpan) => ("TotalMilliseconds", Milliseconds),
        "TotalSeconds" when SymbolEqualityComparer.Default.Equals(property.ContainingType, symbols.TimeSpan) => ("TotalSeconds", Seconds),
        _ => null,
    };

    private const string Milliseconds = "milliseconds";
    private const string Seconds = "seconds";

    private sealed record ExpectedUnit(string Name, string Property)
    {
        /// <summary>What replaces the member that read the duration: a Stopwatch reads a TimeSpan first.</summary>
        public string Replacement(string member) => member == "ElapsedMilliseconds" ? "Elapsed." + Property : Property;
    }

    private static ExpectedUnit? Expected(string read, string unit) => (read, unit) switch
    {
        (Milliseconds, "s") => new ExpectedUnit(Seconds, "TotalSeconds"),
        (Seconds, "ms") => new ExpectedUnit(Milliseconds, "TotalMilliseconds"),
        _ => null,
    };
}
