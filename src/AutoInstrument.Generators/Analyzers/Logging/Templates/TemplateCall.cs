using Microsoft.CodeAnalysis.Operations;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>A call that passes a message template: the call, the argument given for the template and the values that follow.</summary>
internal sealed class TemplateCall
{
    private MessageTemplate? _constantTemplate;

    public TemplateCall(IInvocationOperation invocation, IArgumentOperation template, TemplateLibrary library, int? valueCount)
    {
        Invocation = invocation;
        Template = template;
        Library = library;
        ValueCount = valueCount;
    }

    public IInvocationOperation Invocation { get; }

    public IArgumentOperation Template { get; }

    public TemplateLibrary Library { get; }

    /// <summary>How many values the call passes for the placeholders, or null when the code does not say (an array variable).</summary>
    public int? ValueCount { get; }

    /// <summary>The template parsed, when the argument is a constant string; parsed once for all the rules that read it.</summary>
    public MessageTemplate? ConstantTemplate => _constantTemplate ??= Template.Value.ConstantValue.Value is string text ? MessageTemplate.Parse(text) : null;

    public string MethodName => Invocation.TargetMethod.Name;
}
