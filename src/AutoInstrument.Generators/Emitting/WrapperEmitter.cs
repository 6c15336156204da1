using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the body of a wrapper and, for asynchronous and enumerable results, the helper that finishes the work when it
/// completes. Tracing (a span) and measuring (a duration histogram) share one body, one start and one end; the same code
/// serves interceptors and the partial form, which differ only in how they call the original.
/// </summary>
internal sealed class WrapperEmitter
{
    private readonly MethodModel _method;
    private readonly TracingModel? _tracing;
    private readonly MeasuringModel? _measuring;
    private readonly LocalNames _names;
    private readonly string _call;
    private readonly string _telemetry;
    private readonly string _completionName;
    private readonly string _recordName;
    private readonly string _typeParameters;
    private readonly string[] _constraints;

    /// <param name="model">The method and its instrumentation.</param>
    /// <param name="names">The wrapper's local names.</param>
    /// <param name="call">The expression that calls the original method with the wrapper's parameters.</param>
    /// <param name="telemetryClass">The assembly's generated telemetry class.</param>
    /// <param name="helperBaseName">The prefix of the helpers' names: <c>_Completion</c> and <c>_Record</c> follow it.</param>
    /// <param name="typeParameters">The type parameter list the helpers declare, also used to call them.</param>
    /// <param name="constraints">The <c>where</c> clauses of those type parameters.</param>
    public WrapperEmitter(
        InstrumentedMethodModel model,
        LocalNames names,
        string call,
        string telemetryClass,
        string helperBaseName,
        string typeParameters,
        string[] constraints)
    {
        _method = model.Method;
        _tracing = model.Tracing;
        _measuring = model.Measuring;
        _names = names;
        _call = call;
        _telemetry = $"global::{KnownTypes.GeneratedNamespace}.{telemetryClass}";
        _completionName = helperBaseName + "_Completion";
        _recordName = helperBaseName + "_Record";
        _typeParameters = typeParameters;
        _constraints = constraints;
    }

    private bool NeedsHelper => _method.Shape is not (ReturnShape.Void or ReturnShape.Value);

    // With a histogram to feed, the wrapper runs even when nobody samples the span, so the activity may be null.
    private bool ActivityMayBeNull => _tracing is not null && _measuring is not null;

    private string Activity => _names.Activity;

    private string Histogram => $"{_telemetry}.{InstrumentFields.FieldName(_measuring!.Instrument)}";

    private void WriteBody(SourceWriter writer)
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

    /// <summary>Writes the wrapper — attributes, signature, constraints and body — and the helpers it calls.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="signature">The wrapper's declaration line, without constraints.</param>
    /// <param name="wrapperAttributes">Attribute lines written on the wrapper.</param>
    /// <param name="helperAttributes">Attribute lines written on each helper.</param>
    public void WriteMethod(SourceWriter writer, string signature, IReadOnlyList<string> wrapperAttributes, IReadOnlyList<string> helperAttributes)
    {
        WriteLines(writer, wrapperAttributes);
        WriteSignature(writer, signature, _constraints);
        WriteBody(writer);
        writer.CloseBlock();
        if (NeedsHelper)
        {
            writer.Line();
            WriteLines(writer, helperAttributes);
            if (_method.Shape is ReturnShape.AsyncEnumerable or ReturnShape.Enumerable)
            {
                WriteEnumerableHelper(writer);
            }
            else
            {
                WriteTaskHelper(writer);
            }
        }

        if (_measuring is not null)
        {
            writer.Line();
            WriteLines(writer, helperAttributes);
            WriteRecordHelper(writer);
        }
    }

    private static void WriteLines(SourceWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.Line(line);
        }
    }

    private void WriteSynchronousBody(SourceWriter writer)
    {
        WriteStart(writer);
        writer.OpenBlock("try");
        if (_method.Shape == ReturnShape.Void)
        {
            writer.Line(_call + ";");
            WriteSuccess(writer, null);
        }
        else if (!NeedsResultOnSuccess)
        {
            writer.Line("return " + _call + ";");
        }
        else
        {
            writer.Line($"var {_names.Result} = {_call};");
            WriteSuccess(writer, _names.Result);
            writer.Line("return " + _names.Result + ";");
        }

        writer.CloseBlock();
        WriteCatch(writer, endInCatch: false);
        WriteEndInFinally(writer);
    }

    // Without a result tag or a histogram, the call's value can be returned straight from the try block.
    private bool NeedsResultOnSuccess => _tracing?.ReturnTag is not null || _measuring is not null || HasOutParameterTags;

    private void WriteAsynchronousBody(SourceWriter writer)
    {
        var task = _names.Task;
        WriteStart(writer);
        writer.Line(_method.ReturnType + " " + task + ";");
        writer.OpenBlock("try").Line($"{task} = {_call};");
        WriteOutParameterTags(writer);
        writer.CloseBlock();
        WriteCatch(writer, endInCatch: true);
        writer.Line();
        if (_method.Shape is ReturnShape.Task or ReturnShape.TaskOfT)
        {
            // A method may hand back no task at all; the caller gets the same null, and the work ended with the call.
            writer.OpenBlock($"if ({task} is null)");
            WriteMeasurement(writer, failure: null);
            WriteEnd(writer);
            writer.Line($"return {task}!;").CloseBlock().Line();
        }

        // A task that already succeeded needs no continuation: finish here and allocate nothing more.
        var completed = _method.Shape is ReturnShape.Task or ReturnShape.TaskOfT
            ? $"{task}.Status == {KnownTypes.TaskStatus}.RanToCompletion"
            : $"{task}.IsCompletedSuccessfully";
        writer.OpenBlock($"if ({completed})");
        if (_tracing?.ReturnTag is not null && _method.Shape == ReturnShape.ValueTaskOfT)
        {
            // Reading a ValueTask's result consumes it: hand the caller a fresh one holding the same value.
            writer.Line($"var {_names.Result} = {task}.Result;");
            WriteResultTag(writer, _names.Result);
            WriteMeasurement(writer, failure: null);
            WriteEnd(writer);
            writer.Line($"return new {_method.ReturnType}({_names.Result});");
        }
        else
        {
            WriteResultTag(writer, task + ".Result");
            WriteMeasurement(writer, failure: null);
            WriteEnd(writer);
            writer.Line($"return {task};");
        }

        writer.CloseBlock();
        writer.Line();
        if (_tracing is not null)
        {
            writer.Line("// The span stays open until the task completes; the caller continues under its own span.");
            var restore = $"{KnownTypes.Activity}.Current = {Activity}.Parent;";
            if (ActivityMayBeNull)
            {
                writer.OpenBlock($"if ({Activity} is not null)").Line(restore).CloseBlock().Line();
            }
            else
            {
                writer.Line(restore);
            }
        }

        // The helper's type parameters cannot always be inferred (a generic type's method returning Task): name them.
        writer.Line($"return {_completionName}{_typeParameters}({string.Join(", ", TaskHelperArguments())});");
    }

    private void WriteEnumerableBody(SourceWriter writer)
    {
        var disabled = string.Join(" && ", new[]
        {
            _tracing is null ? null : $"!{_telemetry}.ActivitySource.HasListeners()",
            _measuring is null ? null : $"!{Histogram}.Enabled",
        }.Where(c => c is not null));
        writer.OpenBlock($"if ({disabled})").Line($"return {_call};").CloseBlock();
        writer.Line();
        var arguments = new[] { _call }.Concat(HelperCarriedParameters().Select(p => p.Name));
        writer.Line($"return {_completionName}{_typeParameters}({string.Join(", ", arguments)});");
    }

    private void WriteTaskHelper(SourceWriter writer)
    {
        var hasResult = _method.Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT;
        var parameters = TaskHelperParameters().Append($"{_method.HelperReturnType} {_names.Task}");
        WriteSignature(writer, $"private static async {_method.HelperReturnType} {_completionName}{_typeParameters}({string.Join(", ", parameters)})", _constraints);
        WriteSpanCurrentInHelper(writer);
        writer.OpenBlock("try");
        if (hasResult && _tracing?.ReturnTag is null && _measuring is null)
        {
            writer.Line($"return await {_names.Task}.ConfigureAwait(false);");
        }
        else if (hasResult)
        {
            writer.Line($"var {_names.Result} = await {_names.Task}.ConfigureAwait(false);");
            WriteResultTag(writer, _names.Result);
            WriteMeasurement(writer, failure: null);
            writer.Line($"return {_names.Result};");
        }
        else
        {
            writer.Line($"await {_names.Task}.ConfigureAwait(false);");
            WriteMeasurement(writer, failure: null);
        }

        writer.CloseBlock();
        WriteCatch(writer, endInCatch: false);
        WriteEndInFinally(writer);
        writer.CloseBlock();
    }

    /// <summary>
    /// Makes the span current again for the rest of the helper, which the await carries to the continuation: the duration
    /// is then recorded under the call's own span, so a trace-based exemplar points at it. An async method's changes to
    /// <c>Activity.Current</c> never flow back to its caller, which has already continued under its own span.
    /// </summary>
    private void WriteSpanCurrentInHelper(SourceWriter writer)
    {
        if (_tracing is null || _measuring is null)
        {
            return;
        }

        writer.OpenBlock($"if ({Activity} is not null)").Line($"{KnownTypes.Activity}.Current = {Activity};").CloseBlock().Line();
    }

    private IEnumerable<string> TaskHelperParameters()
    {
        if (_tracing is not null)
        {
            yield return $"{KnownTypes.Activity}{(ActivityMayBeNull ? "?" : string.Empty)} {Activity}";
        }

        if (_measuring is not null)
        {
            yield return $"long {_names.StartTimestamp}";
            foreach (var parameter in MetricTagParameters())
            {
                yield return $"{parameter.Type} {parameter.Name}";
            }
        }
    }

    private IEnumerable<string> TaskHelperArguments()
    {
        if (_tracing is not null)
        {
            yield return Activity;
        }

        if (_measuring is not null)
        {
            yield return _names.StartTimestamp;
            foreach (var parameter in MetricTagParameters())
            {
                yield return parameter.Name;
            }
        }

        yield return _names.Task;
    }

    private void WriteEnumerableHelper(SourceWriter writer)
    {
        var isAsync = _method.Shape == ReturnShape.AsyncEnumerable;
        var enumerator = _names.Enumerator;
        var outer = _names.Outer;
        var cancellation = _names.CancellationToken;
        var parameters = new[] { $"{_method.HelperReturnType} {_names.Items}" }
            .Concat(HelperCarriedParameters().Select(p => $"{p.Type} {p.Name}"))
            .Concat(isAsync ? new[] { $"[{KnownTypes.EnumeratorCancellation}] {KnownTypes.CancellationToken} {cancellation} = default" } : new string[0]);
        WriteSignature(writer, $"private static {(isAsync ? "async " : string.Empty)}{_method.HelperReturnType} {_completionName}{_typeParameters}({string.Join(", ", parameters)})", _constraints);

        if (_tracing is not null)
        {
            if (!isAsync)
            {
                writer.Line($"var {outer} = {KnownTypes.Activity}.Current;");
            }

            writer.Line($"var {Activity} = {StartActivity()};");
            if (!ActivityMayBeNull)
            {
                writer.OpenBlock($"if ({Activity} is null)");
                var source = isAsync ? $"{KnownTypes.AsyncEnumerableExtensions}.WithCancellation({_names.Items}, {cancellation}).ConfigureAwait(false)" : _names.Items;
                writer.OpenBlock($"{(isAsync ? "await " : string.Empty)}foreach (var {_names.Item} in {source})").Line($"yield return {_names.Item};").CloseBlock();
                writer.Line("yield break;").CloseBlock();
                writer.Line();
            }

            if (!isAsync)
            {
                writer.Line("// A synchronous iterator shares the consumer's context: give it back between steps.");
                writer.Line($"{KnownTypes.Activity}.Current = {outer};");
            }

            WriteParameterTags(writer);
        }

        if (_measuring is not null)
        {
            writer.Line($"var {_names.StartTimestamp} = global::System.Diagnostics.Stopwatch.GetTimestamp();");
            writer.Line($"string? {_names.ErrorType} = null;");
        }

        writer.Line(isAsync
            ? $"var {enumerator} = {_names.Items}.GetAsyncEnumerator({cancellation});"
            : $"var {enumerator} = {_names.Items}.GetEnumerator();");
        writer.OpenBlock("try").OpenBlock("while (true)");
        var stepUnderSpan = ActivityMayBeNull ? $"{Activity} ?? {KnownTypes.Activity}.Current" : Activity;
        if (_tracing is not null && !isAsync)
        {
            writer.Line($"{outer} = {KnownTypes.Activity}.Current;");
            writer.Line($"{KnownTypes.Activity}.Current = {stepUnderSpan};");
        }

        writer.Line($"{_method.ResultType} {_names.Item};");
        writer.OpenBlock("try");
        if (_tracing is not null && isAsync)
        {
            writer.Line("// Each step resumes on the consumer's context: run it under this span so nested spans nest.");
            writer.Line($"{KnownTypes.Activity}.Current = {stepUnderSpan};");
        }

        var moveNext = isAsync ? $"await {enumerator}.MoveNextAsync().ConfigureAwait(false)" : $"{enumerator}.MoveNext()";
        writer.OpenBlock($"if (!{moveNext})").Line("break;").CloseBlock();
        writer.Line();
        writer.Line($"{_names.Item} = {enumerator}.Current;");
        writer.CloseBlock();
        writer.OpenBlock($"catch ({KnownTypes.Exception} {_names.Exception})");
        WriteSpanFailure(writer);
        if (_measuring is not null)
        {
            writer.Line($"{_names.ErrorType} = {_names.Exception}.GetType().FullName;");
        }

        writer.Line("throw;").CloseBlock();
        if (_tracing is not null && !isAsync)
        {
            writer.OpenBlock("finally").Line($"{KnownTypes.Activity}.Current = {outer};").CloseBlock();
        }

        writer.Line();
        writer.Line($"yield return {_names.Item};");
        writer.CloseBlock().CloseBlock();
        writer.OpenBlock("finally");
        writer.Line(isAsync ? $"await {enumerator}.DisposeAsync().ConfigureAwait(false);" : $"{enumerator}.Dispose();");
        if (_tracing is not null && !isAsync)
        {
            // The end, like each step, runs under this span: the duration's exemplar is this enumeration.
            writer.Line($"{outer} = {KnownTypes.Activity}.Current;");
            writer.Line($"{KnownTypes.Activity}.Current = {stepUnderSpan};");
        }

        if (_measuring is not null)
        {
            // An enumeration records once, at its end, with error.type only when a step failed.
            WriteRecord(writer, _names.ErrorType);
        }

        WriteEnd(writer);
        if (_tracing is not null && !isAsync)
        {
            writer.Line($"{KnownTypes.Activity}.Current = {outer};");
        }

        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>Parameters an enumeration helper needs: those recorded on the span or the histogram.</summary>
    private IEnumerable<ParameterModel> HelperCarriedParameters() =>
        _method.Parameters.Where(p => p.RefKind != "out " && ((_tracing is not null && p.Tag is not null) || IsMetricTag(p)));

    private IEnumerable<ParameterModel> MetricTagParameters() => _method.Parameters.Where(IsMetricTag);

    private bool IsMetricTag(ParameterModel parameter) =>
        _measuring is not null && _measuring.Tags.Any(t => t.ParameterName == parameter.Name);

    private static void WriteSignature(SourceWriter writer, string declaration, string[] constraints)
    {
        writer.Line(declaration);
        foreach (var constraint in constraints)
        {
            writer.Line("    " + constraint);
        }

        writer.OpenBrace();
    }

    private void WriteStart(SourceWriter writer)
    {
        if (_tracing is not null)
        {
            // Nobody listening is the common case: leave on HasListeners, an inlined field read, before paying for a call.
            WriteCallOriginalIf(writer, DisabledCondition($"!{_telemetry}.ActivitySource.HasListeners()"));
            writer.Line($"var {Activity} = {StartActivity()};");
        }

        WriteCallOriginalIf(writer, DisabledCondition(_tracing is null ? null : $"{Activity} is null"));
        if (_tracing is not null)
        {
            WriteParameterTags(writer);
        }

        if (_measuring is not null)
        {
            writer.Line($"var {_names.StartTimestamp} = global::System.Diagnostics.Stopwatch.GetTimestamp();");
        }
    }

    private string DisabledCondition(string? tracingDisabled) => string.Join(" && ", new[]
    {
        tracingDisabled,
        _measuring is null ? null : $"!{Histogram}.Enabled",
    }.Where(c => c is not null));

    private void WriteCallOriginalIf(SourceWriter writer, string condition)
    {
        writer.OpenBlock($"if ({condition})");
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
    }

    private string StartActivity() =>
        $"{_telemetry}.ActivitySource.StartActivity({CSharpLiterals.String(_tracing!.SpanName)}, {KnownTypes.ActivityKind}.{_tracing.Kind})";

    private string AllDataRequested => ActivityMayBeNull ? $"{Activity}?.IsAllDataRequested == true" : $"{Activity}.IsAllDataRequested";

    private void WriteParameterTags(SourceWriter writer)
    {
        writer.OpenBlock($"if ({AllDataRequested})");
        var activity = Activity;
        writer.Line($"{activity}.SetTag(\"code.function.name\", {CSharpLiterals.String(_method.QualifiedName)});");
        if (_method.FilePath.Length > 0)
        {
            writer.Line($"{activity}.SetTag(\"code.file.path\", {CSharpLiterals.String(_method.FilePath)});");
            writer.Line($"{activity}.SetTag(\"code.line.number\", {_method.LineNumber});");
        }

        foreach (var parameter in _method.Parameters.Where(p => p.Tag is not null && p.RefKind != "out "))
        {
            writer.Line(SetTag(parameter.Tag!, parameter.Name));
        }

        writer.CloseBlock();
        writer.Line();
    }

    private bool HasOutParameterTags => _tracing is not null && _method.Parameters.Any(p => p.Tag is not null && p.RefKind == "out ");

    private void WriteSuccess(SourceWriter writer, string? result)
    {
        WriteOutParameterTags(writer);
        if (result is not null)
        {
            WriteResultTag(writer, result);
        }

        WriteMeasurement(writer, failure: null);
    }

    private void WriteOutParameterTags(SourceWriter writer)
    {
        if (_tracing is null)
        {
            return;
        }

        foreach (var parameter in _method.Parameters.Where(p => p.Tag is not null && p.RefKind == "out "))
        {
            WriteGuardedTag(writer, parameter.Tag!, parameter.Name);
        }
    }

    private void WriteResultTag(SourceWriter writer, string value)
    {
        if (_tracing?.ReturnTag is not null)
        {
            WriteGuardedTag(writer, _tracing.ReturnTag, value);
        }
    }

    private void WriteGuardedTag(SourceWriter writer, TagModel tag, string value) =>
        writer.OpenBlock($"if ({AllDataRequested})").Line(SetTag(tag, value)).CloseBlock().Line();

    private string SetTag(TagModel tag, string value)
    {
        var recorded = tag switch
        {
            { IsEnum: true, IsNullableValueType: true } => value + "?.ToString()",
            { IsEnum: true } => value + ".ToString()",
            _ => value,
        };
        return $"{Activity}.SetTag({CSharpLiterals.String(tag.Name)}, {recorded});";
    }

    private string Elapsed => $"global::AutoInstrument.Runtime.Durations.SecondsSince({_names.StartTimestamp})";

    private void WriteMeasurement(SourceWriter writer, string? failure)
    {
        if (_measuring is not null)
        {
            WriteRecord(writer, failure is null ? null : failure + ".GetType().FullName");
        }
    }

    private void WriteRecord(SourceWriter writer, string? errorType)
    {
        var arguments = new[] { _names.StartTimestamp }.Concat(MetricTagParameters().Select(p => p.Name)).Append(errorType ?? "null");
        writer.Line($"{_recordName}{_typeParameters}({string.Join(", ", arguments)});");
    }

    /// <summary>
    /// The one place a wrapper records its duration, without touching the heap: up to three tags go to the
    /// <c>Record</c> overloads that take them one by one (the SDK's fastest path), more travel in a <c>TagList</c>.
    /// Enums are recorded by their cached names, numbers as cached boxes and booleans as literals.
    /// </summary>
    private void WriteRecordHelper(SourceWriter writer)
    {
        var errorType = _names.ErrorType;
        var parameters = new[] { $"long {_names.StartTimestamp}" }
            .Concat(MetricTagParameters().Select(p => $"{p.Type} {p.Name}"))
            .Append($"string? {errorType}");
        WriteSignature(writer, $"private static void {_recordName}{_typeParameters}({string.Join(", ", parameters)})", _constraints);
        var tags = new List<(string Name, string Value)> { ("code.function.name", CSharpLiterals.String(_method.QualifiedName)) };
        foreach (var tag in _measuring!.Tags)
        {
            var value = tag.Value switch
            {
                MetricTagValue.EnumName => $"{MetricTagValues}.Name({tag.ParameterName})",
                MetricTagValue.Boolean => $"{tag.ParameterName} ? \"true\" : \"false\"",
                MetricTagValue.CachedBox => $"{MetricTagValues}.Box({tag.ParameterName})",
                _ => tag.ParameterName,
            };
            tags.Add((tag.Name, value));
        }

        var record = $"{Histogram}.Record({Elapsed}, ";
        if (tags.Count + 1 <= 3)
        {
            var pairs = tags.Select(t => $"new {KeyValuePair}({CSharpLiterals.String(t.Name)}, {t.Value})").ToList();
            writer.OpenBlock($"if ({errorType} is null)").Line(record + string.Join(", ", pairs) + ");").Line("return;").CloseBlock();
            writer.Line();
            writer.Line(record + string.Join(", ", pairs.Append($"new {KeyValuePair}(\"error.type\", {errorType})")) + ");");
        }
        else
        {
            var tagList = _names.Tags;
            writer.Line($"var {tagList} = new global::System.Diagnostics.TagList {{ {string.Join(", ", tags.Select(t => $"{{ {CSharpLiterals.String(t.Name)}, {t.Value} }}"))} }};");
            writer.OpenBlock($"if ({errorType} is not null)").Line($"{tagList}.Add(\"error.type\", {errorType});").CloseBlock();
            writer.Line();
            writer.Line($"{record}in {tagList});");
        }

        writer.CloseBlock();
    }

    private const string MetricTagValues = "global::AutoInstrument.Runtime.MetricTagValues";

    private const string KeyValuePair = "global::System.Collections.Generic.KeyValuePair<string, object?>";

    private void WriteCatch(SourceWriter writer, bool endInCatch)
    {
        writer.OpenBlock($"catch ({KnownTypes.Exception} {_names.Exception})");
        WriteSpanFailure(writer);
        WriteMeasurement(writer, _names.Exception);
        if (endInCatch)
        {
            WriteEnd(writer);
        }

        writer.Line("throw;");
        writer.CloseBlock();
    }

    private void WriteSpanFailure(SourceWriter writer)
    {
        if (_tracing is null)
        {
            return;
        }

        var record = $"{KnownTypes.ActivityFailure}.Record({Activity}, {_names.Exception});";
        if (ActivityMayBeNull)
        {
            writer.OpenBlock($"if ({Activity} is not null)").Line(record).CloseBlock().Line();
        }
        else
        {
            writer.Line(record);
        }
    }

    private void WriteEnd(SourceWriter writer)
    {
        if (_tracing is not null)
        {
            writer.Line(ActivityMayBeNull ? $"{Activity}?.Dispose();" : $"{Activity}.Dispose();");
        }
    }

    private void WriteEndInFinally(SourceWriter writer)
    {
        if (_tracing is not null)
        {
            writer.OpenBlock("finally");
            WriteEnd(writer);
            writer.CloseBlock();
        }
    }
}
