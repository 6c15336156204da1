using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using AutoInstrument.Generators.Common;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// What a referenced assembly built with AutoInstrument declares: its source and the names of its instrumented
/// methods. Read once per assembly symbol, which compilations with the same references share (every keystroke's
/// compilation, every project of a build in one compiler process), so its types are not walked again.
/// </summary>
/// <param name="Source">The source name its <c>[InstrumentedAssembly]</c> marker records.</param>
/// <param name="MethodNames">Names of its instrumented methods, to find their call sites.</param>
internal sealed record ReferencedInstrumentation(string Source, EquatableArray<string> MethodNames)
{
    private static readonly ConditionalWeakTable<IAssemblySymbol, Holder> Assemblies = new();

    /// <summary>Null when the assembly carries no marker. The attribute types are those of the runtime the assembly references.</summary>
    public static ReferencedInstrumentation? Of(IAssemblySymbol assembly, INamedTypeSymbol marker, INamedTypeSymbol? traced, INamedTypeSymbol? measured) =>
        Assemblies.GetValue(assembly, a => new Holder(Read(a, marker, traced, measured))).Value;

    private static ReferencedInstrumentation? Read(IAssemblySymbol assembly, INamedTypeSymbol marker, INamedTypeSymbol? traced, INamedTypeSymbol? measured)
    {
        var instrumented = assembly.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, marker));
        if (instrumented is null || InstrumentationAttributes.ConstructorString(instrumented) is not { } source)
        {
            return null;
        }

        var names = new SortedSet<string>(System.StringComparer.Ordinal);
        CollectInstrumentedMethodNames(assembly.GlobalNamespace, traced, measured, names);
        return new ReferencedInstrumentation(source, names.ToEquatableArray());
    }

    private static void CollectInstrumentedMethodNames(INamespaceSymbol ns, INamedTypeSymbol? traced, INamedTypeSymbol? measured, SortedSet<string> names)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                CollectInstrumentedMethodNames(child, traced, measured, names);
            }
            else if (member is INamedTypeSymbol type)
            {
                CollectInstrumentedMethodNames(type, traced, measured, names);
            }
        }
    }

    private static void CollectInstrumentedMethodNames(INamedTypeSymbol type, INamedTypeSymbol? traced, INamedTypeSymbol? measured, SortedSet<string> names)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol method && InstrumentationAttributes.IsInstrumented(method, traced, measured))
            {
                names.Add(method.Name);
            }
            else if (member is INamedTypeSymbol nested)
            {
                CollectInstrumentedMethodNames(nested, traced, measured, names);
            }
        }
    }

    // The table holds reference types only, and most assemblies have no marker.
    private sealed class Holder
    {
        public Holder(ReferencedInstrumentation? value) => Value = value;

        public ReferencedInstrumentation? Value { get; }
    }
}
