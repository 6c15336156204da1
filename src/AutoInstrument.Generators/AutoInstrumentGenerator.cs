using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Emitting;
using AutoInstrument.Generators.Model;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators;

/// <summary>
/// Wires the pipeline: <c>[Traced]</c> declarations and the calls of those methods are parsed into equatable models,
/// then emitted as interceptors, partial implementations and the assembly's telemetry class.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AutoInstrumentGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var declarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                AttributeNames.Traced,
                static (node, _) => node is MethodDeclarationSyntax or TypeDeclarationSyntax,
                DeclarationParser.Parse)
            .WithTrackingName(TrackingNames.Declarations);

        var telemetry = context.CompilationProvider
            .Select(static (compilation, ct) => TelemetryParser.Parse(compilation, ct))
            .WithTrackingName(TrackingNames.Telemetry);

        var instrumentedNames = declarations
            .Select(static (declaration, _) => declaration.MethodNames)
            .Collect()
            .Combine(telemetry)
            .Select(static (pair, _) => pair.Left.SelectMany(names => names).Concat(pair.Right.ReferencedMethodNames)
                .Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.InstrumentedNames);

        var callSites = context.SyntaxProvider
            .CreateSyntaxProvider(CallSiteParser.IsCandidate, static (syntax, _) => (InvocationExpressionSyntax)syntax.Node)
            .WithTrackingName(TrackingNames.CallCandidates)
            .Combine(instrumentedNames)
            .Where(static pair => pair.Right.Items.Contains(CallSiteParser.InvokedName(pair.Left)!))
            .Select(static (pair, _) => pair.Left)
            .WithTrackingName(TrackingNames.MatchingCalls)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => new WellKnownTypes(compilation)))
            .Select(static (pair, ct) => CallSiteParser.Parse(pair.Left, pair.Right, ct))
            .Where(static callSite => callSite is not null)
            .Select(static (callSite, _) => callSite!)
            .WithTrackingName(TrackingNames.CallSites);

        var interceptorsEnabled = context.ParseOptionsProvider
            .Select(static (options, _) => InterceptorsOptionParser.IsEnabled(options))
            .WithTrackingName(TrackingNames.InterceptorsEnabled);

        context.RegisterSourceOutput(declarations, static (spc, declaration) =>
        {
            foreach (var diagnostic in declaration.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(declarations.Combine(telemetry), static (spc, pair) =>
        {
            if (pair.Left.Partial is { } partial)
            {
                spc.AddSource(partial.HintName, PartialMethodEmitter.Emit(partial, pair.Right.ClassName));
            }
        });

        context.RegisterSourceOutput(
            declarations.Collect().Combine(telemetry),
            static (spc, pair) => EmitTelemetry(spc, pair.Left, pair.Right));

        context.RegisterSourceOutput(
            callSites.Collect().Combine(telemetry).Combine(interceptorsEnabled),
            static (spc, input) => EmitInterceptors(spc, input.Left.Left, input.Left.Right, input.Right));
    }

    private static void EmitTelemetry(SourceProductionContext context, ImmutableArray<DeclarationModel> declarations, TelemetryModel telemetry)
    {
        var instrumentsOwnCode = declarations.Any(d => !d.MethodNames.IsEmpty);
        if (instrumentsOwnCode || !telemetry.ReferencedSources.IsEmpty)
        {
            context.AddSource(TelemetryEmitter.HintName, TelemetryEmitter.Emit(telemetry, instrumentsOwnCode));
        }
    }

    private static void EmitInterceptors(SourceProductionContext context, ImmutableArray<CallSiteModel> callSites, TelemetryModel telemetry, bool enabled)
    {
        if (callSites.IsEmpty)
        {
            return;
        }

        if (!enabled)
        {
            // Without the opt-in the compiler would reject every interceptor with CS9137; say what to do instead.
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.InterceptorsNotEnabled, Location.None, callSites[0].Target.Method.QualifiedName));
            return;
        }

        context.AddSource(InterceptorEmitter.HintName, InterceptorEmitter.Emit(callSites, telemetry.ClassName));
    }
}
