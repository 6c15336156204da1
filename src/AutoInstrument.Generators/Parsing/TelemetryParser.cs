using System.Collections.Generic;
using System.Linq;
using System.Threading;
using AutoInstrument.Generators.Common;
using AutoInstrument.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>Reads the assembly's source and the instrumented assemblies it references, with the names of their instrumented methods.</summary>
internal static class TelemetryParser
{
    public static TelemetryModel Parse(Compilation compilation, CancellationToken cancellationToken)
    {
        var assemblyName = compilation.AssemblyName ?? "Assembly";
        var marker = compilation.GetTypeByMetadataName(AttributeNames.InstrumentedAssembly);
        var source = InstrumentationSources.Of(compilation.Assembly, marker: null);

        var referencedSources = new SortedSet<string>(System.StringComparer.Ordinal);
        var referencedMethods = new SortedSet<string>(System.StringComparer.Ordinal);
        var traced = compilation.GetTypeByMetadataName(AttributeNames.Traced);
        var measured = compilation.GetTypeByMetadataName(AttributeNames.Measured);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (marker is null || !IsCompiledAgainst(assembly, marker.ContainingAssembly))
            {
                continue;
            }

            if (ReferencedInstrumentation.Of(assembly, marker, traced, measured) is not { } referenced)
            {
                continue;
            }

            referencedSources.Add(referenced.Source);
            referencedMethods.UnionWith(referenced.MethodNames);
        }

        var canRegister = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is { } initializer
            && compilation.IsSymbolAccessibleWithin(initializer, compilation.Assembly);
        return new TelemetryModel(
            ClassName: ClassNameFor(assemblyName),
            SourceName: source.Name,
            Version: source.Version,
            ReferencedSources: referencedSources.ToEquatableArray(),
            ReferencedMethodNames: referencedMethods.ToEquatableArray(),
            CanRegisterAtStartup: canRegister,
            HasInstrumentAdvice: compilation.GetTypeByMetadataName("System.Diagnostics.Metrics.InstrumentAdvice`1") is not null);
    }

    // Decoding the attributes of every reference (a hundred and more framework assemblies) costs more than the rest of
    // the generator on a project without instrumentation; only an assembly built against the runtime can carry its marker.
    private static bool IsCompiledAgainst(IAssemblySymbol assembly, IAssemblySymbol runtime) =>
        assembly.Modules.Any(module => module.ReferencedAssemblies.Any(identity => identity.Name == runtime.Name));

    // 'My.App' becomes 'MyAppTelemetry': one class per assembly, named after it so friend assemblies never see two.
    private static string ClassNameFor(string assemblyName)
    {
        var name = Naming.PascalCase(assemblyName);
        return (name.Length == 0 || char.IsDigit(name[0]) ? "_" + name : name) + "Telemetry";
    }
}
