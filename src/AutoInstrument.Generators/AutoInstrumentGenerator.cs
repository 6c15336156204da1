using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Emitting;
using AutoInstrument.Generators.Model;
using AutoInstrument.Generators.Parsing;
using AutoInstrument.Generators.Parsing.Reuse;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators;

/// <summary>
/// Wires the pipeline: <c>[Traced]</c> and <c>[Measured]</c> declarations and the calls of those methods are parsed
/// into equatable models, then emitted as interceptors, partial implementations and the assembly's telemetry class.
/// It reports nothing: what it cannot wrap it skips, and the analyzers, which call the same parsing code, say why, so
/// <c>.editorconfig</c> severities, <c>#pragma</c> and <c>[SuppressMessage]</c> apply to every rule.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AutoInstrumentGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var traced = context.SyntaxProvider
            .ForAttributeWithMetadataName(AttributeNames.Traced, IsMethodOrType, DeclarationReuse.ParseTraced)
            .WithTrackingName(TrackingNames.TracedDeclarations);
        var measured = context.SyntaxProvider
            .ForAttributeWithMetadataName(AttributeNames.Measured, IsMethodOrType, DeclarationReuse.ParseMeasured)
            .WithTrackingName(TrackingNames.MeasuredDeclarations);
        var declarations = traced.Collect()
            .Combine(measured.Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right).ToEquatableArray())
            .WithTrackingName(TrackingNames.Declarations);

        var telemetry = context.CompilationProvider
            .Select(static (compilation, ct) => TelemetryParser.Parse(compilation, ct))
            .WithTrackingName(TrackingNames.Telemetry);

        // Sorted, so that each candidate call is looked up rather than compared with every name.
        var instrumentedNames = declarations
            .Combine(telemetry)
            .Select(static (pair, _) => pair.Left.SelectMany(d => d.MethodNames).Concat(pair.Right.ReferencedMethodNames)
                .Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.InstrumentedNames);

        // A syntax provider would walk every node of every tree in every compilation, instrumented methods or not: a
        // compilation that neither declares nor references one walks nothing. Each tree is walked once while it and
        // that answer stay the same.
        var anyInstrumented = instrumentedNames
            .Select(static (names, _) => !names.IsEmpty)
            .WithTrackingName(TrackingNames.AnyInstrumented);
        var callSites = context.CompilationProvider
            .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
            .Combine(anyInstrumented)
            .SelectMany(static (pair, ct) => pair.Right ? CallSiteParser.Candidates(pair.Left, ct) : ImmutableArray<InvocationExpressionSyntax>.Empty)
            .WithTrackingName(TrackingNames.CallCandidates)
            .Combine(instrumentedNames)
            .Where(static pair => pair.Right.Items.BinarySearch(CallSiteParser.InvokedName(pair.Left)!, System.StringComparer.Ordinal) >= 0)
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.MatchingCalls)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => CompilationContext.For(compilation)))
            .Select(static (pair, ct) => CallSiteReuse.Parse(pair.Left, pair.Right, ct))
            .Where(static callSite => callSite is not null)
            .Select(static (callSite, _) => callSite!)
            .WithTrackingName(TrackingNames.CallSites);

        var interceptorsEnabled = context.ParseOptionsProvider
            .Select(static (options, _) => InterceptorsOptionParser.IsEnabled(options))
            .WithTrackingName(TrackingNames.InterceptorsEnabled);

        RegisterDeclarationOutputs(context, traced, telemetry);
        RegisterDeclarationOutputs(context, measured, telemetry);
        ServiceLevelObjectivePipeline.Register(context);

        var interceptions = callSites.Collect()
            .Select(static (sites, _) => InterceptionGroupModel.GroupByTarget(sites))
            .WithTrackingName(TrackingNames.InterceptionGroups);

        // The telemetry file takes only what the call sites ask of it: moving or adding a call leaves it alone.
        var telemetryUses = interceptions
            .Select(static (groups, _) => groups.Select(g => TelemetryUseModel.Of(g.Target)).Distinct()
                .OrderBy(u => u.OrderKey, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.TelemetryUses);

        context.RegisterSourceOutput(
            declarations.Combine(telemetryUses).Combine(telemetry),
            static (spc, input) => EmitTelemetry(spc, input.Left.Left, input.Left.Right, input.Right));

        context.RegisterSourceOutput(
            interceptions.Combine(telemetry).Combine(interceptorsEnabled),
            static (spc, input) => EmitInterceptors(spc, input.Left.Left, input.Left.Right, input.Right));
    }

    // Accessors, operators and finalizers take method attributes too: they are parsed to nothing (AI0003 is an analyzer's).
    // Local functions and lambdas are left to their analyzer (AI0015).
    private static bool IsMethodOrType(SyntaxNode node, System.Threading.CancellationToken cancellationToken) =>
        node is BaseMethodDeclarationSyntax or TypeDeclarationSyntax or AccessorDeclarationSyntax;

    private static void RegisterDeclarationOutputs(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<DeclarationModel> declarations,
        IncrementalValueProvider<TelemetryModel> telemetry)
    {
        context.RegisterSourceOutput(declarations.Combine(telemetry), static (spc, pair) =>
        {
            foreach (var partial in pair.Left.Partials)
            {
                spc.AddSource(partial.HintName, PartialMethodEmitter.Emit(partial, pair.Right.ClassName));
            }
        });
    }

    private static void EmitTelemetry(
        SourceProductionContext context,
        EquatableArray<DeclarationModel> declarations,
        EquatableArray<TelemetryUseModel> uses,
        TelemetryModel telemetry)
    {
        var instrumentsOwnCode = declarations.Any(d => !d.MethodNames.IsEmpty);
        var instruments = TelemetryClasses.Distinct(declarations.SelectMany(d => d.Instruments)
            .Concat(uses.Where(u => u.DeclaringSource is null).Select(u => u.Instrument)));
        var classes = new TelemetryClasses(telemetry.ClassName, uses);
        if (instrumentsOwnCode || !telemetry.ReferencedSources.IsEmpty || instruments.Count > 0 || classes.Referenced.Count > 0)
        {
            context.AddSource(TelemetryEmitter.HintName, TelemetryEmitter.Emit(telemetry, instrumentsOwnCode, instruments, classes));
        }
    }

    private static void EmitInterceptors(SourceProductionContext context, EquatableArray<InterceptionGroupModel> interceptions, TelemetryModel telemetry, bool enabled)
    {
        if (interceptions.IsEmpty)
        {
            return;
        }

        // Without the opt-in the compiler would reject every interceptor with CS9137: emit none (AI0001, an analyzer, says what to do).
        if (!enabled)
        {
            return;
        }

        context.AddSource(InterceptorEmitter.HintName, InterceptorEmitter.Emit(interceptions, new TelemetryClasses(telemetry.ClassName, interceptions.Select(g => TelemetryUseModel.Of(g.Target)))));
    }
}
