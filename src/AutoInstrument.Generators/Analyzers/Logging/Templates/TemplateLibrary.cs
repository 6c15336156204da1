namespace AutoInstrument.Generators.Analyzers.Logging.Templates;

/// <summary>Whose template a call passes, which decides how its placeholders bind to values.</summary>
internal enum TemplateLibrary
{
    /// <summary><c>LoggerExtensions.Log*</c> and <c>BeginScope</c>: every hole takes the next value, numbers included.</summary>
    MicrosoftExtensions,

    /// <summary><c>LoggerMessage.Define*</c>: like Microsoft.Extensions.Logging, with one value per type argument.</summary>
    LoggerMessageDefine,

    /// <summary>Serilog: holes take values in order, or by index when every hole is a number.</summary>
    Serilog,

    /// <summary>NLog: as Serilog.</summary>
    NLog,
}
