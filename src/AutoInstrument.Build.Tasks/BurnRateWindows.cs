using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutoInstrument.Build.Tasks;

/// <summary>One multi-window, multi-burn-rate alert: both windows' error ratios above <see cref="Factor"/> × budget.</summary>
/// <param name="Severity"><c>page</c> or <c>ticket</c>.</param>
/// <param name="Factor">The burn rate, e.g. 14.4.</param>
/// <param name="Long">The long window, which says the budget is really burning.</param>
/// <param name="Short">The short window (a twelfth of the long one), which says it still is, so the alert resets soon.</param>
/// <param name="BudgetSpent">The fraction of the whole budget spent over the long window at this rate, e.g. 0.02.</param>
internal sealed record BurnRateWindow(string Severity, double Factor, TimeSpan Long, TimeSpan Short, double BudgetSpent);

/// <summary>
/// The alert windows of the Google SRE workbook ("Alerting on SLOs", 30 days: page 14.4× over 1h/5m and 6× over 6h/30m,
/// ticket 3× over 1d/2h and 1× over 3d/6h), for any window: as pyrra does, the windows scale with the objective's
/// window and the factors stay, so every alert still means the same share of the budget spent (2%, 5%, 10%, 10%);
/// windows are rounded to whole minutes, at least one. A time scale above 1 (a rehearsal: 60 runs a 30-day objective
/// in 12 hours, its first page over 1m/5s) divides every window and rounds to whole seconds instead.
/// </summary>
internal static class BurnRateWindows
{
    private static readonly TimeSpan Reference = TimeSpan.FromDays(30);

    private static readonly (string Severity, double Factor, TimeSpan Long, TimeSpan Short)[] Workbook =
    {
        ("page", 14.4, TimeSpan.FromHours(1), TimeSpan.FromMinutes(5)),
        ("page", 6, TimeSpan.FromHours(6), TimeSpan.FromMinutes(30)),
        ("ticket", 3, TimeSpan.FromDays(1), TimeSpan.FromHours(2)),
        ("ticket", 1, TimeSpan.FromDays(3), TimeSpan.FromHours(6)),
    };

    /// <param name="windowDays">The objective's window in days.</param>
    /// <param name="timeScale">How many times faster than real time the windows run: 1 in production.</param>
    public static IReadOnlyList<BurnRateWindow> For(int windowDays, int timeScale = 1)
    {
        var window = Period(windowDays, timeScale);
        var unit = timeScale > 1 ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1);
        return Workbook
            .Select(w => new BurnRateWindow(w.Severity, w.Factor, Scale(w.Long, window, unit), Scale(w.Short, window, unit), w.Factor * w.Long.Ticks / Reference.Ticks))
            .ToList();
    }

    /// <summary>The objective's window as the rules measure it: its days, divided by the time scale.</summary>
    public static TimeSpan Period(int windowDays, int timeScale = 1) => TimeSpan.FromTicks(TimeSpan.FromDays(windowDays).Ticks / timeScale);

    private static TimeSpan Scale(TimeSpan reference, TimeSpan window, TimeSpan unit) =>
        TimeSpan.FromTicks(unit.Ticks * (long)Math.Max(1, Math.Round((double)reference.Ticks / unit.Ticks * window.Ticks / Reference.Ticks, MidpointRounding.AwayFromZero)));

    /// <summary>A Prometheus duration: <c>5m</c>, <c>1h</c>, <c>5h36m</c>, <c>2d19h12m</c>, <c>1m30s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var text = new StringBuilder();
        Append(text, duration.Days, "d");
        Append(text, duration.Hours, "h");
        Append(text, duration.Minutes, "m");
        Append(text, duration.Seconds, "s");
        return text.Length == 0 ? "0m" : text.ToString();
    }

    /// <summary>A duration for people: <c>2 days 2 hours</c>, <c>3 hours 36 minutes</c>.</summary>
    public static string Describe(TimeSpan duration)
    {
        var parts = new List<string>();
        Add(parts, duration.Days, "day");
        Add(parts, duration.Hours, "hour");
        Add(parts, duration.Minutes, "minute");
        return parts.Count == 0 ? "under a minute" : string.Join(" ", parts);
    }

    private static void Append(StringBuilder text, int value, string unit)
    {
        if (value > 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }
    }

    private static void Add(List<string> parts, int value, string unit)
    {
        if (value > 0)
        {
            parts.Add(value.ToString(CultureInfo.InvariantCulture) + " " + unit + (value == 1 ? string.Empty : "s"));
        }
    }
}
