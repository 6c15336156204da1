using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>
/// The logging types whose methods take a message template, looked up once per compilation and shared by the template
/// rules. A null member means the library is not referenced.
/// </summary>
internal sealed class TemplateSymbols
{
    private static readonly ConditionalWeakTable<Compilation, TemplateSymbols> PerCompilation = new();

    private readonly Lazy<IReadOnlyCollection<string>> _declaredTemplateMethodNames;

    private TemplateSymbols(Compilation compilation)
    {
        _declaredTemplateMethodNames = new Lazy<IReadOnlyCollection<string>>(() => DeclaredTemplateMethods.Names(compilation));
        LoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerExtensions");
        LoggerMessage = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessage");
        SerilogLogger = compilation.GetTypeByMetadataName("Serilog.ILogger");
        SerilogLog = compilation.GetTypeByMetadataName("Serilog.Log");
        SerilogFormatMethodAttribute = compilation.GetTypeByMetadataName("Serilog.Core.MessageTemplateFormatMethodAttribute");
        NLogLoggerBase = compilation.GetTypeByMetadataName("NLog.ILoggerBase");
        NLogFormatMethodAttribute = compilation.GetTypeByMetadataName("NLog.MessageTemplateFormatMethodAttribute");
    }

    public INamedTypeSymbol? LoggerExtensions { get; }

    public INamedTypeSymbol? LoggerMessage { get; }

    public INamedTypeSymbol? SerilogLogger { get; }

    public INamedTypeSymbol? SerilogLog { get; }

    public INamedTypeSymbol? SerilogFormatMethodAttribute { get; }

    /// <summary>The interface every NLog logger implements: <c>Logger</c>, <c>ILogger</c> and their subclasses.</summary>
    public INamedTypeSymbol? NLogLoggerBase { get; }

    public INamedTypeSymbol? NLogFormatMethodAttribute { get; }

    public bool AnyLibrary => LoggerExtensions is not null || LoggerMessage is not null || SerilogLogger is not null || NLogLoggerBase is not null;

    /// <summary>Whether a method of any type can declare itself a template method, which makes every call worth a look.</summary>
    public bool AnyFormatMethodAttribute => SerilogFormatMethodAttribute is not null || NLogFormatMethodAttribute is not null;

    /// <summary>The names of the methods marked as template methods, found once, when a call first needs them.</summary>
    public IReadOnlyCollection<string> DeclaredTemplateMethodNames => _declaredTemplateMethodNames.Value;

    public static TemplateSymbols From(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static created => new TemplateSymbols(created));
}
