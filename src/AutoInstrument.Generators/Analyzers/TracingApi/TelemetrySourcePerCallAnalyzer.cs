using System.Linq;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// AI2002: <c>new ActivitySource(…)</c> or <c>new Meter(…)</c> in a method, accessor or lambda, whose result is used
/// and dropped there: kept in a local, used at once, or discarded. What is stored in a field or property (a static
/// <c>??=</c> included), returned, or passed on is created for its owner, as in constructors, field and property
/// initializers, the entry point and test methods, and is not reported; a property getter that returns a new one is.
/// <c>IMeterFactory.Create</c> caches and is never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TelemetrySourcePerCallAnalyzer : TracingApiAnalyzer
{
    /// <summary>
    /// Diagnostic property set when the creation can move to a <c>private static readonly</c> field: its arguments are
    /// constants, its type can hold a static field, and a local that holds it is only read through its members.
    /// </summary>
    public const string HoistFitsProperty = "HoistFits";

    public TelemetrySourcePerCallAnalyzer()
        : base(Descriptors.TelemetrySourcePerCall)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, TracingApiSymbols symbols) =>
        start.RegisterOperationAction(context => AnalyzeCreation(context, symbols), OperationKind.ObjectCreation);

    private static void AnalyzeCreation(OperationAnalysisContext context, TracingApiSymbols symbols)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!(symbols.IsActivitySource(creation.Type) || SymbolEqualityComparer.Default.Equals(creation.Type, symbols.Meter))
            || context.ContainingSymbol is not IMethodSymbol method
            || method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor
            || DroppedAfterUse(creation, method.MethodKind == MethodKind.PropertyGet) is not (true, var local)
            || SymbolEqualityComparer.Default.Equals(method, context.Compilation.GetEntryPoint(context.CancellationToken))
            || IsTestMethod(method))
        {
            return;
        }

        var properties = FixProperties(CanHoist(creation, method, local), HoistFitsProperty);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.TelemetrySourcePerCall, creation.Syntax.GetLocation(), properties, creation.Type!.Name, (method.AssociatedSymbol ?? method).Name));
    }

    private static readonly string[] TestFrameworkNamespaces = ["Xunit", "NUnit.Framework", "Microsoft.VisualStudio.TestTools.UnitTesting", "TUnit.Core"];

    /// <summary>
    /// Whether a test framework runs the method: each test runs once, and a test that makes its own source or meter
    /// keeps its telemetry apart from the other tests. Attributes derived from the framework's own count too.
    /// </summary>
    private static bool IsTestMethod(IMethodSymbol method) =>
        method.GetAttributes().Any(attribute => BaseTypes(attribute.AttributeClass).Any(type =>
            TestFrameworkNamespaces.Contains(type.ContainingNamespace?.ToDisplayString())));

    private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol? type)
    {
        for (; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            yield return type;
        }
    }

    /// <summary>
    /// Whether the object lives no longer than this call, and the local that holds it, if any. A method that returns
    /// it is a factory, whose callers decide how often it runs; a property getter that returns it reads like a stored
    /// object, yet makes one on every read.
    /// </summary>
    private static (bool Dropped, ILocalSymbol? Local) DroppedAfterUse(IObjectCreationOperation creation, bool getter)
    {
        var value = Operations.OuterConversion(creation);
        return value.Parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => (true, declarator.Symbol),
            IAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == value => (true, local.Local),
            IExpressionStatementOperation or IUsingOperation => (true, null),
            IInvocationOperation call when call.Instance == value => (true, null),
            IMemberReferenceOperation member when member.Instance == value => (true, null),
            IReturnOperation when getter && FunctionBodies.Of(value).Parent is null => (true, null),
            _ => (false, null),
        };
    }

    private static bool CanHoist(IObjectCreationOperation creation, IMethodSymbol method, ILocalSymbol? local) =>
        creation.Arguments.All(argument => argument.ArgumentKind != ArgumentKind.Explicit || argument.Value.ConstantValue.HasValue)
        && method.ContainingType.TypeKind is TypeKind.Class or TypeKind.Struct
        && (local is null || IsOnlyReadThroughMembers(local, FunctionBodies.Of(creation)));

    /// <summary>Whether the local is declared alone and every use reads a member other than Dispose, so a field can replace it.</summary>
    private static bool IsOnlyReadThroughMembers(ILocalSymbol local, IOperation body) =>
        local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax } }
        && body.Descendants().OfType<ILocalReferenceOperation>()
            .Where(reference => SymbolEqualityComparer.Default.Equals(reference.Local, local))
            .All(reference => Operations.OuterConversion(reference) is var outer && outer.Parent switch
            {
                IInvocationOperation call => call.Instance == outer && call.TargetMethod.Name != "Dispose",
                IMemberReferenceOperation member => member.Instance == outer,
                _ => false,
            });
}
