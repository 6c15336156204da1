using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the body of a <c>[Traced]</c> wrapper and, for asynchronous and enumerable results, the helper that ends the
/// span when the work completes. The same code serves interceptors and the partial form; only the call differs.
/// </summary>
internal sealed class TracedWrapperEmitter
{
    private readonly MethodModel _method;
    private readonly TracingModel _tracing;
    private readonly LocalNames _names;
    private readonly string _call;
    private readonly string _activitySource;
    private readonly string _helperName;

    /// <param name="model">The method and its tracing settings.</param>
    /// <param name="names">The wrapper's local names.</param>
    /// <param name="call">The expression that calls the original method with the wrapper's parameters.</param>
    /// <param name="activitySource">The expression of the assembly's <c>ActivitySource</c>.</param>
    /// <param name="helperName">The name of the completion helper, when the shape needs one.</param>
    public TracedWrapperEmitter(InstrumentedMethodModel model, LocalNames names, string call, string activitySource, string helperName)
    {
        _method = model.Method;
        _tracing = model.Tracing!;
        _names = names;
        _call = call;
        _activitySource = activitySource;
        _helperName = helperName;
    }

    public bool NeedsHelper => _method.Shape is not (ReturnShape.Void or ReturnShape.Value);

    public void WriteBody(SourceWriter writer)
    {
        switch (_method.Shape)
        {
            case ReturnShape.Void:
            case ReturnShape.Value:
                WriteSynchronousBody(writer);
                break;
            case ReturnShape.AsyncEnumerable:
            case ReturnShape.Enumerable:
                WriteEnumerableBody(writer);
                break;
            default:
                WriteAsynchronousBody(writer);
                break;
        }
    }

    /// <summary>Writes the completion helper with the given modifiers, type parameters and constraints.</summary>
    public void WriteHelper(SourceWriter writer, string modifiers, string typeParameters, string[] constraints)
    {
        switch (_method.Shape)
        {
            case ReturnShape.AsyncEnumerable:
                WriteAsyncEnumerableHelper(writer, modifiers, typeParameters, constraints);
                break;
            case ReturnShape.Enumerable:
                WriteEnumerableHelper(writer, modifiers, typeParameters, constraints);
                break;
            default:
                WriteTaskHelper(writer, modifiers, typeParameters, constraints);
                break;
        }
    }

    private void WriteSynchronousBody(SourceWriter writer)
    {
        var activity = _names.Activity;
        WriteStart(writer);
        writer.OpenBlock("try");
        if (_method.Shape == ReturnShape.Void)
        {
            writer.Line(_call + ";");
            WriteOutParameterTags(writer);
        }
        else if (_tracing.ReturnTag is null && !HasOutParameterTags)
        {
            writer.Line("return " + _call + ";");
        }
        else
        {
            writer.Line($"var {_names.Result} = {_call};");
            WriteOutParameterTags(writer);
            WriteReturnTag(writer, _names.Result);
            writer.Line("return " + _names.Result + ";");
        }

        writer.CloseBlock();
        WriteCatch(writer, activity, disposeInCatch: false);
        writer.OpenBlock("finally").Line(activity + ".Dispose();").CloseBlock();
    }

    private void WriteAsynchronousBody(SourceWriter writer)
    {
        var activity = _names.Activity;
        var task = _names.Task;
        WriteStart(writer);
        writer.Line(_method.ReturnType + " " + task + ";");
        writer.OpenBlock("try").Line($"{task} = {_call};");
        WriteOutParameterTags(writer);
        writer.CloseBlock();
        WriteCatch(writer, activity, disposeInCatch: true);
        writer.Line();

        // A task that already succeeded needs no continuation: end the span here and allocate nothing more.
        var completed = _method.Shape is ReturnShape.Task or ReturnShape.TaskOfT
            ? $"{task}.Status == {KnownTypes.TaskStatus}.RanToCompletion"
            : $"{task}.IsCompletedSuccessfully";
        writer.OpenBlock($"if ({completed})");
        if (_tracing.ReturnTag is not null && _method.Shape == ReturnShape.ValueTaskOfT)
        {
            writer.Line($"var {_names.Result} = {task}.Result;");
            WriteReturnTag(writer, _names.Result);
            writer.Line($"{activity}.Dispose();");
            writer.Line($"return new {_method.ReturnType}({_names.Result});");
        }
        else
        {
            WriteReturnTag(writer, task + ".Result");
            writer.Line($"{activity}.Dispose();");
            writer.Line($"return {task};");
        }

        writer.CloseBlock();
        writer.Line();
        writer.Line("// The span stays open until the task completes; the caller continues under its own span.");
        writer.Line($"{KnownTypes.Activity}.Current = {activity}.Parent;");
        writer.Line($"return {_helperName}({activity}, {task});");
    }

    private void WriteEnumerableBody(SourceWriter writer)
    {
        writer.OpenBlock($"if (!{_activitySource}.HasListeners())").Line($"return {_call};").CloseBlock();
        writer.Line();
        var taggedValues = TaggedParameters().Select(p => ", " + p.Name);
        writer.Line($"return {_helperName}({_call}{string.Concat(taggedValues)});");
    }

    private void WriteTaskHelper(SourceWriter writer, string modifiers, string typeParameters, string[] constraints)
    {
        var activity = _names.Activity;
        var hasResult = _method.Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT;
        WriteHelperSignature(writer, $"{modifiers} async {_method.ReturnType} {_helperName}{typeParameters}({KnownTypes.Activity} {activity}, {_method.ReturnType} {_names.Task})", constraints);
        writer.OpenBlock("try");
        if (hasResult && _tracing.ReturnTag is null)
        {
            writer.Line($"return await {_names.Task}.ConfigureAwait(false);");
        }
        else if (hasResult)
        {
            writer.Line($"var {_names.Result} = await {_names.Task}.ConfigureAwait(false);");
            WriteReturnTag(writer, _names.Result);
            writer.Line($"return {_names.Result};");
        }
        else
        {
            writer.Line($"await {_names.Task}.ConfigureAwait(false);");
        }

        writer.CloseBlock();
        WriteCatch(writer, activity, disposeInCatch: false);
        writer.OpenBlock("finally").Line(activity + ".Dispose();").CloseBlock();
        writer.CloseBlock();
    }

    private void WriteAsyncEnumerableHelper(SourceWriter writer, string modifiers, string typeParameters, string[] constraints)
    {
        var activity = _names.Activity;
        var enumerator = _names.Enumerator;
        var cancellation = _names.CancellationToken;
        var parameters = HelperEnumerableParameters() + $", [{KnownTypes.EnumeratorCancellation}] {KnownTypes.CancellationToken} {cancellation} = default";
        WriteHelperSignature(writer, $"{modifiers} async {_method.ReturnType} {_helperName}{typeParameters}({parameters})", constraints);
        writer.Line($"var {activity} = {StartActivity()};");
        writer.OpenBlock($"if ({activity} is null)");
        writer.OpenBlock($"await foreach (var {_names.Item} in {KnownTypes.AsyncEnumerableExtensions}.WithCancellation({_names.Items}, {cancellation}).ConfigureAwait(false))")
            .Line($"yield return {_names.Item};")
            .CloseBlock();
        writer.Line("yield break;").CloseBlock();
        writer.Line();
        WriteParameterTags(writer);
        writer.Line($"var {enumerator} = {_names.Items}.GetAsyncEnumerator({cancellation});");
        writer.OpenBlock("try").OpenBlock("while (true)");
        writer.Line($"{_method.ResultType} {_names.Item};");
        writer.OpenBlock("try");
        writer.Line("// Each step resumes on the consumer's context: run it under this span so nested spans nest.");
        writer.Line($"{KnownTypes.Activity}.Current = {activity};");
        writer.OpenBlock($"if (!await {enumerator}.MoveNextAsync().ConfigureAwait(false))").Line("break;").CloseBlock();
        writer.Line();
        writer.Line($"{_names.Item} = {enumerator}.Current;");
        writer.CloseBlock();
        WriteCatch(writer, activity, disposeInCatch: false);
        writer.Line();
        writer.Line($"yield return {_names.Item};");
        writer.CloseBlock().CloseBlock();
        writer.OpenBlock("finally")
            .Line($"await {enumerator}.DisposeAsync().ConfigureAwait(false);")
            .Line($"{activity}.Dispose();")
            .CloseBlock();
        writer.CloseBlock();
    }

    private void WriteEnumerableHelper(SourceWriter writer, string modifiers, string typeParameters, string[] constraints)
    {
        var activity = _names.Activity;
        var enumerator = _names.Enumerator;
        var outer = _names.Outer;
        WriteHelperSignature(writer, $"{modifiers} {_method.ReturnType} {_helperName}{typeParameters}({HelperEnumerableParameters()})", constraints);
        writer.Line($"var {outer} = {KnownTypes.Activity}.Current;");
        writer.Line($"var {activity} = {StartActivity()};");
        writer.OpenBlock($"if ({activity} is null)");
        writer.OpenBlock($"foreach (var {_names.Item} in {_names.Items})").Line($"yield return {_names.Item};").CloseBlock();
        writer.Line("yield break;").CloseBlock();
        writer.Line();
        writer.Line("// A synchronous iterator shares the consumer's context: give it back between steps.");
        writer.Line($"{KnownTypes.Activity}.Current = {outer};");
        WriteParameterTags(writer);
        writer.Line($"var {enumerator} = {_names.Items}.GetEnumerator();");
        writer.OpenBlock("try").OpenBlock("while (true)");
        writer.Line($"{outer} = {KnownTypes.Activity}.Current;");
        writer.Line($"{KnownTypes.Activity}.Current = {activity};");
        writer.Line($"{_method.ResultType} {_names.Item};");
        writer.OpenBlock("try");
        writer.OpenBlock($"if (!{enumerator}.MoveNext())").Line("break;").CloseBlock();
        writer.Line();
        writer.Line($"{_names.Item} = {enumerator}.Current;");
        writer.CloseBlock();
        WriteCatch(writer, activity, disposeInCatch: false);
        writer.OpenBlock("finally").Line($"{KnownTypes.Activity}.Current = {outer};").CloseBlock();
        writer.Line();
        writer.Line($"yield return {_names.Item};");
        writer.CloseBlock().CloseBlock();
        writer.OpenBlock("finally")
            .Line($"{enumerator}.Dispose();")
            .Line($"{outer} = {KnownTypes.Activity}.Current;")
            .Line($"{activity}.Dispose();")
            .Line($"{KnownTypes.Activity}.Current = {outer};")
            .CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteHelperSignature(SourceWriter writer, string declaration, string[] constraints)
    {
        writer.Line(declaration);
        foreach (var constraint in constraints)
        {
            writer.Line("    " + constraint);
        }

        writer.OpenBrace();
    }

    private string HelperEnumerableParameters()
    {
        var tagged = TaggedParameters().Select(p => ", " + p.Type + " " + p.Name);
        return $"{_method.ReturnType} {_names.Items}{string.Concat(tagged)}";
    }

    private void WriteStart(SourceWriter writer)
    {
        var activity = _names.Activity;
        writer.Line($"var {activity} = {StartActivity()};");
        writer.OpenBlock($"if ({activity} is null)");
        if (_method.Shape == ReturnShape.Void)
        {
            writer.Line(_call + ";").Line("return;");
        }
        else
        {
            writer.Line("return " + _call + ";");
        }

        writer.CloseBlock();
        writer.Line();
        WriteParameterTags(writer);
    }

    private string StartActivity() =>
        $"{_activitySource}.StartActivity({CSharpLiterals.String(_tracing.SpanName)}, {KnownTypes.ActivityKind}.{_tracing.Kind})";

    private void WriteParameterTags(SourceWriter writer)
    {
        var activity = _names.Activity;
        writer.OpenBlock($"if ({activity}.IsAllDataRequested)");
        writer.Line($"{activity}.SetTag(\"code.function.name\", {CSharpLiterals.String(_method.QualifiedName)});");
        if (_method.FilePath.Length > 0)
        {
            writer.Line($"{activity}.SetTag(\"code.file.path\", {CSharpLiterals.String(_method.FilePath)});");
            writer.Line($"{activity}.SetTag(\"code.line.number\", {_method.LineNumber});");
        }

        foreach (var parameter in TaggedParameters())
        {
            writer.Line(SetTag(parameter.Tag!, parameter.Name));
        }

        writer.CloseBlock();
        writer.Line();
    }

    private bool HasOutParameterTags => _method.Parameters.Any(p => p.Tag is not null && p.RefKind == "out ");

    private void WriteOutParameterTags(SourceWriter writer)
    {
        foreach (var parameter in _method.Parameters.Where(p => p.Tag is not null && p.RefKind == "out "))
        {
            WriteGuardedTag(writer, parameter.Tag!, parameter.Name);
        }
    }

    private void WriteReturnTag(SourceWriter writer, string value)
    {
        if (_tracing.ReturnTag is not null)
        {
            WriteGuardedTag(writer, _tracing.ReturnTag, value);
        }
    }

    private void WriteGuardedTag(SourceWriter writer, TagModel tag, string value) =>
        writer.OpenBlock($"if ({_names.Activity}.IsAllDataRequested)").Line(SetTag(tag, value)).CloseBlock().Line();

    private System.Collections.Generic.IEnumerable<ParameterModel> TaggedParameters() =>
        _method.Parameters.Where(p => p.Tag is not null && p.RefKind != "out ");

    private string SetTag(TagModel tag, string value)
    {
        var recorded = tag switch
        {
            { IsEnum: true, IsNullableValueType: true } => value + "?.ToString()",
            { IsEnum: true } => value + ".ToString()",
            _ => value,
        };
        return $"{_names.Activity}.SetTag({CSharpLiterals.String(tag.Name)}, {recorded});";
    }

    private void WriteCatch(SourceWriter writer, string activity, bool disposeInCatch)
    {
        writer.OpenBlock($"catch ({KnownTypes.Exception} {_names.Exception})");
        writer.Line($"{KnownTypes.ActivityFailure}.Record({activity}, {_names.Exception});");
        if (disposeInCatch)
        {
            writer.Line($"{activity}.Dispose();");
        }

        writer.Line("throw;");
        writer.CloseBlock();
    }
}
