using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AutoInstrument.Generators.Analyzers.Logging.Correlation;

/// <summary>
/// The types the trace-correlation rules recognise, looked up once per compilation and shared by all the rules.
/// A null member means the library is not referenced, and the rules that need it stay idle.
/// </summary>
internal sealed class CorrelationSymbols
{
    private static readonly ConditionalWeakTable<Compilation, CorrelationSymbols> PerCompilation = new();

    private CorrelationSymbols(Compilation compilation)
    {
        Activity = compilation.GetTypeByMetadataName("System.Diagnostics.Activity");
        LoggerFactory = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerFactory");
        LoggingBuilder = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ILoggingBuilder");
        LoggerFactoryOptions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerFactoryOptions");
        ConsoleLoggerExtensions = compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.ConsoleLoggerExtensions");
        SerilogConfiguration = compilation.GetTypeByMetadataName("Serilog.LoggerConfiguration");
        NLogTarget = compilation.GetTypeByMetadataName("NLog.Targets.Target");
        TracedAttribute = compilation.GetTypeByMetadataName("AutoInstrument.TracedAttribute");
    }

    public INamedTypeSymbol? Activity { get; }

    public INamedTypeSymbol? LoggerFactory { get; }

    public INamedTypeSymbol? LoggingBuilder { get; }

    public INamedTypeSymbol? LoggerFactoryOptions { get; }

    public INamedTypeSymbol? ConsoleLoggerExtensions { get; }

    public INamedTypeSymbol? SerilogConfiguration { get; }

    public INamedTypeSymbol? NLogTarget { get; }

    public INamedTypeSymbol? TracedAttribute { get; }

    public static CorrelationSymbols From(Compilation compilation) =>
        PerCompilation.GetValue(compilation, static created => new CorrelationSymbols(created));
}
