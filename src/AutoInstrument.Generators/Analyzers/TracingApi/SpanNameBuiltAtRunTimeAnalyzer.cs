using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Analyzers.Logging.Templates;
using AutoInstrument.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.TracingApi;

/// <summary>
/// AI2003: the name given to <c>StartActivity</c>, <c>CreateActivity</c> or <c>new Activity</c> built by
/// interpolation, concatenation, <c>string.Format</c>, <c>string.Concat</c> or <c>ToString()</c>. As for message
/// templates (AI1001), a variable, parameter or field is not judged: helpers forward the constant name of their caller.
/// A name that varies only by type names (<c>typeof(T).Name</c>, <c>GetType().Name</c>) has a fixed set of values.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpanNameBuiltAtRunTimeAnalyzer : TracingApiAnalyzer
{
    public SpanNameBuiltAtRunTimeAnalyzer()
        : base(Descriptors.SpanNameBuiltAtRunTime)
    {
    }

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start, TracingApiSymbols symbols)
    {
        start.RegisterOperationAction(
            context =>
            {
                var invocation = (IInvocationOperation)context.Operation;
                if (invocation.TargetMethod.Name is "StartActivity" or "CreateActivity" && symbols.IsActivitySource(invocation.TargetMethod.ContainingType))
                {
                    AnalyzeName(context, invocation.Arguments, "name", "ActivitySource." + invocation.TargetMethod.Name);
                }
            },
            OperationKind.Invocation);
        start.RegisterOperationAction(
            context =>
            {
                var creation = (IObjectCreationOperation)context.Operation;
                if (symbols.IsActivity(creation.Type))
                {
                    AnalyzeName(context, creation.Arguments, "operationName", "new Activity");
                }
            },
            OperationKind.ObjectCreation);
    }

    private static void AnalyzeName(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments, string parameter, string call)
    {
        if (arguments.FirstOrDefault(argument => argument.Parameter?.Name == parameter) is { ArgumentKind: ArgumentKind.Explicit } name
            && RuntimeBuiltTemplate.Describe(name.Value) is { } construction
            && !TypeNameParts.AreAllThatVary(name.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SpanNameBuiltAtRunTime, name.Value.Syntax.GetLocation(), call, construction));
        }
    }
}
