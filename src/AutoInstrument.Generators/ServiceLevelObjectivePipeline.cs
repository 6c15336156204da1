using AutoInstrument.Generators.Emitting;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AutoInstrument.Generators;

/// <summary>
/// The <c>[ServiceLevelObjective]</c> branch of the pipeline: the declarations of every method, merged by name, emitted as
/// assembly attributes and the <c>ServiceLevelObjectives</c> registry. It writes no file: the rules file is the build
/// task's, read from what this branch records in the assembly.
/// </summary>
internal static class ServiceLevelObjectivePipeline
{
    public const string Declarations = nameof(ServiceLevelObjectivePipeline) + ".Declarations";
    public const string Objectives = nameof(ServiceLevelObjectivePipeline) + ".Objectives";

    public static void Register(IncrementalGeneratorInitializationContext context)
    {
        var objectives = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ServiceLevelObjectiveRules.AttributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                ServiceLevelObjectiveParser.Parse)
            .WithTrackingName(Declarations)
            .Collect()
            .Select(static (declarations, _) => ServiceLevelObjectiveParser.Merge(System.Linq.Enumerable.SelectMany(declarations, d => d)))
            .WithTrackingName(Objectives);

        context.RegisterSourceOutput(objectives, static (spc, models) =>
        {
            if (!models.IsEmpty)
            {
                spc.AddSource(ServiceLevelObjectivesEmitter.HintName, ServiceLevelObjectivesEmitter.Emit(models));
            }
        });
    }
}
