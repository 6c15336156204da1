using System.Text;

namespace AutoInstrument.Build.Tasks;

/// <summary>
/// Metric names as OpenTelemetry's Prometheus exporter writes a histogram in seconds (its <c>PrometheusMetric</c>): every
/// character that is not a letter, digit or ':' becomes '_', runs of '_' collapse to one, a leading digit gets a '_'
/// before it, and the unit suffix <c>_seconds</c> is added unless the name already holds it. Attribute names become
/// label names the same way: <c>code.function.name</c> is <c>code_function_name</c>, <c>error.type</c> <c>error_type</c>.
/// </summary>
internal static class PrometheusNames
{
    public const string FunctionLabel = "code_function_name";
    public const string ErrorLabel = "error_type";

    public static string Histogram(string instrument)
    {
        var name = Sanitize(instrument);
        return name.Contains("seconds") ? name : name + "_seconds";
    }

    public static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length + 1);
        var lastUnderscore = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i == 0 && char.IsDigit(c))
            {
                text.Append('_');
                lastUnderscore = true;
                continue;
            }

            if (!char.IsLetterOrDigit(c) && c != ':')
            {
                if (!lastUnderscore)
                {
                    text.Append('_');
                    lastUnderscore = true;
                }
            }
            else
            {
                text.Append(c);
                lastUnderscore = false;
            }
        }

        return text.ToString();
    }
}
