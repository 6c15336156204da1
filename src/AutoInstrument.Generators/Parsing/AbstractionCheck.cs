using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// Finds the interface members and base methods an instrumented method stands in for. Calls made through them bind to
/// them, not to the method, so they are only instrumented when they carry the attribute too — the usual case with
/// dependency injection, where callers hold the interface.
/// </summary>
internal static class AbstractionCheck
{
    public static IEnumerable<Diagnostic> Check(IMethodSymbol method, CompilationContext types)
    {
        foreach (var abstraction in Abstractions(method))
        {
            if (!InstrumentationAttributes.IsInstrumented(abstraction, types.Traced, types.Measured))
            {
                // 'IEquatable<Option<T>>.Equals', not 'IEquatable.Equals': a generic interface and its non-generic twin read alike.
                var name = abstraction.ContainingType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "." + abstraction.Name;
                var location = MethodModelBuilder.LocationOf(method);

                // A member of a referenced assembly (Object.ToString, IDisposable.Dispose) cannot take the attribute here.
                yield return abstraction.Locations.Any(l => l.IsInSource)
                    ? Diagnostic.Create(Descriptors.UninstrumentedAbstraction, location, method.Name, name)
                    : Diagnostic.Create(Descriptors.UninstrumentedReferencedAbstraction, location, method.Name, name, abstraction.ContainingAssembly.Name);
            }
        }
    }

    /// <summary>The base method it overrides and the interface members it implements.</summary>
    public static IEnumerable<IMethodSymbol> Abstractions(IMethodSymbol method)
    {
        if (method.OverriddenMethod is { } overridden)
        {
            yield return overridden;
        }

        foreach (var explicitImplementation in method.ExplicitInterfaceImplementations)
        {
            yield return explicitImplementation;
        }

        foreach (var member in method.ContainingType.AllInterfaces.SelectMany(i => i.GetMembers(method.Name).OfType<IMethodSymbol>()))
        {
            if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
            {
                yield return member;
            }
        }
    }
}
