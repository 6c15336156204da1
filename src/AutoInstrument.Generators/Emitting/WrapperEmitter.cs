using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>
/// Writes the body of a wrapper: it leaves on an inlined check when nobody listens, then starts the call with the
/// runtime's <c>InstrumentedCall</c>, sets the span's argument attributes, calls the method and ends the call, or hands
/// the returned task or enumeration to the runtime, which ends it when the work completes. Tracing (a span) and
/// measuring (a duration histogram) share one start and one end; the same code serves interceptors and the partial form,
/// which differ only in how they call the original.
/// </summary>
internal sealed class WrapperEmitter
{
    private const string Runtime = "global::AutoInstrument.Runtime";

    private readonly MethodModel _method;
    private readonly TracingModel? _tracing;
    private readonly MeasuringModel? _measuring;
    private readonly LocalNames _names;
    private readonly string _call;
    private readonly string _telemetry;
    private readonly string _helperBaseName;
    private readonly string _typeParameters;
    private readonly string[] _constraints;
    private readonly InstrumentedHelper? _instrumentedHelper;

    /// <param name="model">The method and its instrumentation.</param>
    /// <param name="names">The wrapper's local names.</param>
    /// <param name="call">The expression that calls the original method with the wrapper's parameters.</param>
    /// <param name="telemetryClass">The assembly's generated telemetry class.</param>
    /// <param name="helperBaseName">The prefix of the names of the members written beside the wrapper.</param>
    /// <param name="typeParameters">The type parameter list those members declare, also used to name them.</param>
    /// <param name="constraints">The <c>where</c> clauses of those type parameters.</param>
    /// <param name="instrumentedHelper">The method the enabled path goes to; null to write it in the wrapper.</param>
    public WrapperEmitter(
        InstrumentedMethodModel model,
        LocalNames names,
        string call,
        string telemetryClass,
        string helperBaseName,
        string typeParameters,
        string[] constraints,
        InstrumentedHelper? instrumentedHelper)
    {
        _method = model.Method;
        _tracing = model.Tracing;
        _measuring = model.Measuring;
        _names = names;
        _call = call;
        _telemetry = $"global::{KnownTypes.GeneratedNamespace}.{telemetryClass}";
        _helperBaseName = helperBaseName;
        _typeParameters = typeParameters;
        _constraints = constraints;
        _instrumentedHelper = instrumentedHelper;
    }

    private bool IsEnumeration => _method.Shape is ReturnShape.AsyncEnumerable or ReturnShape.Enumerable;

    private bool HasMetricTags => _measuring is { Tags.IsEmpty: false };

    private string Call => _names.Call;

    private string Histogram => $"{_telemetry}.{InstrumentFields.FieldName(_measuring!.Instrument)}";

    /// <summary>Writes the wrapper — attributes, signature, constraints and body — and the members it uses.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="signature">The wrapper's declaration line, without constraints.</param>
    /// <param name="wrapperAttributes">Attribute lines written on the wrapper.</param>
    /// <param name="helperAttributes">Attribute lines written on each helper method.</param>
    public void WriteMethod(SourceWriter writer, string signature, IReadOnlyList<string> wrapperAttributes, IReadOnlyList<string> helperAttributes)
    {
        WriteLines(writer, wrapperAttributes);
        if (_instrumentedHelper is not null && !IsEnumeration)
        {
            // Only the check stays in the wrapper: small enough to inline, so nobody listening costs a field read.
            writer.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
            WriteSignature(writer, signature, _constraints);
            WriteCallWhenDisabled(writer);
            writer.Line(_method.Shape == ReturnShape.Void ? _instrumentedHelper.Call + ";" : $"return {_instrumentedHelper.Call};");
            writer.CloseBlock();
            writer.Line();
            WriteLines(writer, helperAttributes);
            WriteSignature(writer, _instrumentedHelper.Declaration, _constraints);
            WriteEnabledPath(writer);
            writer.CloseBlock();
        }
        else
        {
            WriteSignature(writer, signature, _constraints);
            WriteCallWhenDisabled(writer);
            if (IsEnumeration)
            {
                WriteEnumeration(writer);
            }
            else
            {
                WriteEnabledPath(writer);
            }

            writer.CloseBlock();
        }

        if (HasMetricTags)
        {
            writer.Line();
            DurationTagsEmitter.Write(writer, _method, _measuring!, _helperBaseName, _typeParameters, _constraints);
        }
    }

    // Nobody listening is the common case: leave on HasListeners and Enabled, inlined field reads.
    private string Disabled => string.Join(" && ", new[]
    {
        _tracing is null ? null : $"!{_telemetry}.ActivitySource.HasListeners()",
        _measuring is null ? null : $"!{Histogram}.Enabled",
    }.Where(c => c is not null));

    private static void WriteLines(SourceWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.Line(line);
        }
    }

    private static void WriteSignature(SourceWriter writer, string declaration, IEnumerable<string> constraints)
    {
        writer.Line(declaration);
        foreach (var constraint in constraints)
        {
            writer.Line("    " + constraint);
        }

        writer.OpenBrace();
    }

    private void WriteCallWhenDisabled(SourceWriter writer)
    {
        var call = _call;
        writer.OpenBlock($"if ({Disabled})");
        if (_method.Shape == ReturnShape.Void)
        {
            writer.Line(call + ";").Line("return;");
        }
        else
        {
            writer.Line("return " + call + ";");
        }

        writer.CloseBlock();
        writer.Line();
    }

    private void WriteEnabledPath(SourceWriter writer)
    {
        writer.Line($"var {Call} = {Start(name => name)};");
        WriteParameterTags(writer, name => name);
        switch (_method.Shape)
        {
            case ReturnShape.Void:
            case ReturnShape.Value:
                WriteSynchronousCall(writer);
                break;
            default:
                WriteTaskCall(writer);
                break;
        }
    }

    /// <summary>The runtime call that starts the span and the duration, reading the arguments through <paramref name="argument"/>.</summary>
    private string Start(System.Func<string, string> argument)
    {
        var arguments = new List<string>();
        if (_tracing is not null)
        {
            arguments.Add($"{_telemetry}.ActivitySource");
            arguments.Add(CSharpLiterals.String(_tracing.SpanName));
            arguments.Add($"{KnownTypes.ActivityKind}.{_tracing.Kind}");
            arguments.Add(CSharpLiterals.String(_method.QualifiedName));
            arguments.Add(CSharpLiterals.String(_method.FilePath));
            arguments.Add(_method.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (_measuring is not null)
        {
            arguments.Add(Histogram);
            if (HasMetricTags)
            {
                var values = _measuring.Tags.Select(t => argument(t.ParameterName));
                arguments.Add($"new {DurationTagsEmitter.TypeName(_helperBaseName)}{_typeParameters}({string.Join(", ", values)})");
            }
            else if (_tracing is null)
            {
                arguments.Add(CSharpLiterals.String(_method.QualifiedName));
            }
        }

        return $"{Runtime}.InstrumentedCall.Start({string.Join(", ", arguments)})";
    }

    /// <summary>The parameters recorded on the span when the call starts: an <c>out</c> parameter is recorded once the call returns.</summary>
    private IEnumerable<ParameterModel> ParameterTags =>
        _tracing is null ? Enumerable.Empty<ParameterModel>() : _method.Parameters.Where(p => p.Tag is not null && p.RefKind != "out ");

    private bool HasParameterTags => ParameterTags.Any();

    private void WriteParameterTags(SourceWriter writer, System.Func<string, string> argument)
    {
        if (!HasParameterTags)
        {
            return;
        }

        writer.OpenBlock($"if ({Call}.IsAllDataRequested)");
        foreach (var parameter in ParameterTags)
        {
            writer.Line(SetTag(parameter.Tag!, argument(parameter.Name)));
        }

        writer.CloseBlock();
        writer.Line();
    }

    private void WriteSynchronousCall(SourceWriter writer)
    {
        var result = _names.Result;
        writer.OpenBlock("try");
        writer.Line(_method.Shape == ReturnShape.Void ? _call + ";" : $"var {result} = {_call};");
        WriteOutParameterTags(writer);
        if (_method.Shape == ReturnShape.Value && _tracing?.ReturnTag is { } returnTag)
        {
            WriteGuardedTag(writer, returnTag, result);
        }

        writer.Line($"{Call}.End();");
        if (_method.Shape == ReturnShape.Value)
        {
            writer.Line($"return {result};");
        }

        writer.CloseBlock();
        WriteCatch(writer);
    }

    private void WriteTaskCall(SourceWriter writer)
    {
        // A method may hand back no task at all: the runtime hands the same null back, so only the compiler needs telling.
        var mayBeNull = _method.ReturnType == _method.HelperReturnType ? string.Empty : "!";
        var arguments = new List<string> { (HasOutParameterTags ? _names.Task : _call) + mayBeNull };
        if (_tracing?.ReturnTag is { } returnTag && _method.Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT)
        {
            arguments.Add(CSharpLiterals.String(returnTag.Name));
        }

        writer.OpenBlock("try");
        if (HasOutParameterTags)
        {
            writer.Line($"var {_names.Task} = {_call};");
            WriteOutParameterTags(writer);
        }

        writer.Line($"return {Call}.Complete({string.Join(", ", arguments)});");
        writer.CloseBlock();
        WriteCatch(writer);
    }

    private void WriteCatch(SourceWriter writer)
    {
        writer.OpenBlock($"catch ({KnownTypes.Exception} {_names.Exception})");
        writer.Line($"{Call}.Fail({_names.Exception});");
        writer.Line("throw;");
        writer.CloseBlock();
    }

    /// <summary>
    /// An enumeration's span starts with its first step, so the start goes to the runtime as a static lambda, given the
    /// arguments it records: one as it is, several in a tuple.
    /// </summary>
    private void WriteEnumeration(SourceWriter writer)
    {
        var carried = _method.Parameters
            .Where(p => p.RefKind != "out " && ((_tracing is not null && p.Tag is not null) || IsMetricTag(p)))
            .Select(p => p.Name)
            .ToList();
        var state = _names.Arguments;
        var arguments = new List<string> { _call };
        System.Func<string, string> argument = name => name;
        if (carried.Count == 1)
        {
            arguments.Add(carried[0]);
            argument = _ => state;
        }
        else if (carried.Count > 1)
        {
            arguments.Add($"({string.Join(", ", carried)})");
            argument = name => $"{state}.Item{carried.IndexOf(name) + 1}";
        }

        var lambda = carried.Count == 0 ? "static () =>" : $"static {state} =>";
        var enumeration = $"return {Runtime}.InstrumentedEnumeration.Of({string.Join(", ", arguments)}, {lambda}";
        if (!HasParameterTags)
        {
            writer.Line($"{enumeration} {Start(argument)});");
            return;
        }

        writer.Line(enumeration);
        writer.OpenBrace();
        writer.Line($"var {Call} = {Start(argument)};");
        WriteParameterTags(writer, argument);
        writer.Line($"return {Call};");
        writer.CloseBlock(");");
    }

    private bool IsMetricTag(ParameterModel parameter) =>
        _measuring is not null && _measuring.Tags.Any(t => t.ParameterName == parameter.Name);

    private IEnumerable<ParameterModel> OutParameterTags =>
        _tracing is null ? Enumerable.Empty<ParameterModel>() : _method.Parameters.Where(p => p.Tag is not null && p.RefKind == "out ");

    private bool HasOutParameterTags => OutParameterTags.Any();

    private void WriteOutParameterTags(SourceWriter writer)
    {
        foreach (var parameter in OutParameterTags)
        {
            WriteGuardedTag(writer, parameter.Tag!, parameter.Name);
        }
    }

    private void WriteGuardedTag(SourceWriter writer, TagModel tag, string value) =>
        writer.OpenBlock($"if ({Call}.IsAllDataRequested)").Line(SetTag(tag, value)).CloseBlock().Line();

    private string SetTag(TagModel tag, string value)
    {
        var recorded = tag switch
        {
            { IsEnum: true, IsNullableValueType: true } => value + "?.ToString()",
            { IsEnum: true } => value + ".ToString()",
            _ => value,
        };
        return $"{Call}.SetTag({CSharpLiterals.String(tag.Name)}, {recorded});";
    }
}
