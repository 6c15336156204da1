using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Diagnostics;

internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor NonConstantMessageTemplate = TemplateRule(
        DiagnosticIds.NonConstantMessageTemplate,
        "Log message template is not constant",
        "The message template of '{0}' is built at run time by {1}; pass a constant template with named placeholders and the values as arguments",
        "A template built at run time gives every log line its own template, so lines cannot be grouped or searched by it, the values are text instead of properties, and braces in the values are read as placeholders.");

    public static readonly DiagnosticDescriptor PlaceholderCountMismatch = TemplateRule(
        DiagnosticIds.PlaceholderCountMismatch,
        "Placeholder count does not match the arguments",
        "The message template of '{0}' expects {1} value(s) but {2} are passed",
        "Placeholders take the values in order. A missing value leaves a placeholder unfilled or makes formatting throw; an extra value is logged without a name, or not at all.");

    public static readonly DiagnosticDescriptor DuplicatePlaceholderName = TemplateRule(
        DiagnosticIds.DuplicatePlaceholderName,
        "Placeholder name is used twice",
        "The placeholder name '{0}' appears more than once in the message template of '{1}'; give each value its own name",
        "Each placeholder takes its own value, and properties are keyed by name: Serilog and NLog keep only one of the values, Microsoft.Extensions.Logging passes both under one key, and names that differ only in case collide in back ends that ignore case.");

    public static readonly DiagnosticDescriptor PositionalPlaceholders = TemplateRule(
        DiagnosticIds.PositionalPlaceholders,
        "Message template has positional placeholders",
        "The message template of '{0}' has the positional placeholder {1}, whose value gets a number for a name; name every placeholder",
        "A placeholder such as '{0}' gives its value no name to query by: Serilog stores it as a property called '0', and with a named placeholder beside it Serilog and NLog bind every placeholder in order, whatever its number says, as Microsoft.Extensions.Logging always does.");

    public static readonly DiagnosticDescriptor UnstructuredScope = TemplateRule(
        DiagnosticIds.UnstructuredScope,
        "Scope state is a string built at run time",
        "This call passes a string built by {0} as the state of 'BeginScope<TState>', so the scope is one flat string with no properties; pass a template with named placeholders and the values, as in BeginScope(\"Order {{OrderId}}\", id)",
        "ILogger.BeginScope<TState> logs its state as it is: an interpolated string becomes one opaque text, which back ends cannot query by value. The BeginScope(messageFormat, args) extension parses a template and gives each placeholder its own property, as a log message does.");

    private static DiagnosticDescriptor TemplateRule(string id, string title, string messageFormat, string description) =>
        new(id, title, messageFormat, Categories.Logging, DiagnosticSeverity.Warning, isEnabledByDefault: true, description, HelpLinks.For(id));
}
