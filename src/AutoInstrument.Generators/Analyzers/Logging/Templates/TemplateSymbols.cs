using System;
using System.Collections.Concurrent;
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

    private readonly ConcurrentDictionary<IMethodSymbol, TemplateTarget?> _targets = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _markingAssemblies = new(SymbolEqualityComparer.Default);
    private readonly Func<IMethodSymbol, TemplateTarget?> _decideTarget;
    private readonly Func<IAssemblySymbol, bool> _canMark;

    private TemplateSymbols(Compilation compilation)
    {
        _decideTarget = method => TemplateCalls.Target(method, this);
        _canMark = CanMark;
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

    /// <summary>
    /// Whether the called method takes a template, decided once per method from its own symbol (its attributes, else
    /// its declaring type) however many calls it has. Only a logging library's names, and the methods of assemblies
    /// that can carry the attribute, are worth deciding.
    /// </summary>
    public TemplateTarget? TargetOf(IMethodSymbol method) =>
        TemplateCalls.HasLibraryName(method.Name) || MayMarkTemplateMethods(method.ContainingAssembly)
            ? _targets.GetOrAdd(method.OriginalDefinition, _decideTarget)
            : null;

    /// <summary>
    /// Whether methods of <paramref name="assembly"/> can carry Serilog's or NLog's attribute: the library itself or an
    /// assembly built against it. The rest (the framework, most packages) are never asked for their attributes, which
    /// a referenced assembly decodes from metadata on first request.
    /// </summary>
    public bool MayMarkTemplateMethods(IAssemblySymbol? assembly) =>
        (SerilogFormatMethodAttribute is not null || NLogFormatMethodAttribute is not null)
        && assembly is not null
        && _markingAssemblies.GetOrAdd(assembly, _canMark);

    /// <summary>Whether <paramref name="assembly"/> is NLog itself, the one that declares its template attribute.</summary>
    public bool IsNLog(IAssemblySymbol? assembly) => assembly is not null && IsDeclaringAssembly(assembly, NLogFormatMethodAttribute);

    private bool CanMark(IAssemblySymbol assembly) =>
        IsDeclaringAssembly(assembly, SerilogFormatMethodAttribute) || IsDeclaringAssembly(assembly, NLogFormatMethodAttribute)
        || assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => reference.Name is "Serilog" or "NLog"));

    private static bool IsDeclaringAssembly(IAssemblySymbol assembly, INamedTypeSymbol? attribute) =>
        attribute is not null && SymbolEqualityComparer.Default.Equals(assembly, attribute.ContainingAssembly);

    public static TemplateSymbols From(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static created => new TemplateSymbols(created));
}
