using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Tracing;
using AutoInstrument.Generators.Diagnostics;
using AutoInstrument.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AutoInstrument.Generators.Analyzers.Boundaries;

/// <summary>
/// Reports the public methods of the service boundaries a team declares in .editorconfig that carry no instrumentation
/// (AI0022): the rule of thumb "RED at every service boundary" as a build rule. A method counts as instrumented as the
/// generator reads it (<see cref="InstrumentationAttributes.Find"/>: on itself or its type), or when the interface member
/// or base method it implements is, since calls through that abstraction are intercepted. Nothing is reported where no
/// boundary is declared.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UninstrumentedBoundaryAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic property naming the attributes to add, <c>Traced</c>, <c>Measured</c> or <c>Traced,Measured</c>.</summary>
    public const string MissingProperty = "Missing";

    /// <summary>Set when only the framework calls the method, so the fix declares it in the partial form.</summary>
    public const string FrameworkInvokedProperty = "FrameworkInvoked";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UninstrumentedBoundary);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterInstrumentationStartAction((start, symbols) =>
        {
            var declarations = new ConcurrentDictionary<SyntaxTree, BoundaryDeclaration>();
            var frameworks = new FrameworkSymbols(start.Compilation);
            start.RegisterDeclarationAction(
                symbol =>
                {
                    // Cheapest first: with no boundary declared, as by default, a method costs a look-up in the cache.
                    var method = (IMethodSymbol)symbol.Symbol;
                    if (method.MethodKind != MethodKind.Ordinary
                        || method.DeclaredAccessibility != Accessibility.Public
                        || method.Locations.FirstOrDefault() is not { SourceTree: { } tree } location)
                    {
                        return;
                    }

                    var declaration = declarations.GetOrAdd(tree, t => BoundaryDeclaration.From(symbol.Options.AnalyzerConfigOptionsProvider.GetOptions(t)));
                    if (!declaration.DeclaresAny
                        || !IsBoundaryOperation(method)
                        || BoundaryMatch.ReasonOf(method.ContainingType, declaration) is not { } reason)
                    {
                        return;
                    }

                    var missing = Missing(method, declaration.Required, symbols);
                    if (missing.Count > 0)
                    {
                        Report(symbol, method, location, reason, missing, frameworks.IsFrameworkInvoked(method) && !InterceptionTargets.IsPartialForm(method));
                    }
                },
                SymbolKind.Method);
        });
    }

    /// <summary>A public method of a publicly visible type that a type-level attribute would cover.</summary>
    private static bool IsBoundaryOperation(IMethodSymbol method)
    {
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return InstrumentationAttributes.IsOperationOfType(method);
    }

    private static List<string> Missing(IMethodSymbol method, RequiredInstrumentation required, InstrumentationSymbols symbols)
    {
        var missing = new List<string>();
        if (required.HasFlag(RequiredInstrumentation.Traced) && !IsCovered(method, symbols.Traced))
        {
            missing.Add("Traced");
        }

        if (required.HasFlag(RequiredInstrumentation.Measured) && !IsCovered(method, symbols.Measured))
        {
            missing.Add("Measured");
        }

        return missing;
    }

    /// <summary>
    /// The attribute applies to the method, or to an interface member or base method it stands for. A compilation
    /// without the attribute (an old package with no [Measured]) cannot satisfy the rule, so it does not ask for it.
    /// </summary>
    private static bool IsCovered(IMethodSymbol method, INamedTypeSymbol? attribute)
    {
        if (attribute is null || InstrumentationAttributes.Find(method, attribute) is not null)
        {
            return true;
        }

        foreach (var abstraction in AbstractionCheck.Abstractions(method))
        {
            if (IsCovered(abstraction.OriginalDefinition, attribute))
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(SymbolAnalysisContext context, IMethodSymbol method, Location location, string reason, List<string> missing, bool frameworkInvoked)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add(MissingProperty, string.Join(",", missing));
        var add = string.Join(" and ", missing.ConvertAll(name => "[" + name + "]"));
        if (frameworkInvoked)
        {
            properties = properties.Add(FrameworkInvokedProperty, "true");
            add += " in the partial form, since only the framework calls it";
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UninstrumentedBoundary,
            location,
            properties,
            method.ContainingType.Name + "." + method.Name,
            method.ContainingType.Name,
            reason,
            add));
    }
}
