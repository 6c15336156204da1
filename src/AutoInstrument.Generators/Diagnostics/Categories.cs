namespace AutoInstrument.Generators.Diagnostics;

internal static class Categories
{
    public const string Usage = "AutoInstrument.Usage";
    public const string Logging = "AutoInstrument.Logging";
    public const string Tracing = "AutoInstrument.Tracing";
    public const string Metrics = "AutoInstrument.Metrics";
}
