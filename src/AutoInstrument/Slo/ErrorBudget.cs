using System;

namespace AutoInstrument.Slo;

/// <summary>
/// The error budget of a service level objective: how much failure an objective allows over a window, what remains after
/// the failures observed, and how fast it burns.
/// </summary>
/// <example>
/// A 99.5% objective over 30 days allows 0.5% of 43,200 minutes to be bad: 216 minutes.
/// <code>
/// var budget = ErrorBudget.ForObjective(0.995, TimeSpan.FromDays(30));
/// budget.AllowedBadTime;                               // 03:36:00
/// budget.RemainingBadTime(TimeSpan.FromMinutes(54));   // 02:42:00, 75% of the budget left
/// budget.BurnRate(badRequests: 10, totalRequests: 1_000);   // 2: 1% errors burn a 0.5% budget twice as fast as allowed
/// </code>
/// </example>
public sealed class ErrorBudget
{
    private ErrorBudget(double objective, TimeSpan window)
    {
        Objective = objective;
        Window = window;
    }

    /// <summary>The fraction of good events (or time) the objective promises, e.g. 0.995.</summary>
    public double Objective { get; }

    /// <summary>The period the objective is measured over, e.g. 30 days.</summary>
    public TimeSpan Window { get; }

    /// <summary>The fraction of events (or time) allowed to be bad: 1 − objective, e.g. 0.005.</summary>
    public double AllowedErrorRatio => 1 - Objective;

    /// <summary>The bad time the objective allows over the window: 0.5% of 30 days is 216 minutes.</summary>
    public TimeSpan AllowedBadTime => TimeSpan.FromTicks((long)Math.Round(Window.Ticks * AllowedErrorRatio));

    /// <summary>Creates the budget of an objective, a fraction strictly between 0 and 1 (0.995 for 99.5%), over a window.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The objective is not strictly between 0 and 1, or the window is not positive.</exception>
    public static ErrorBudget ForObjective(double objective, TimeSpan window)
    {
        if (double.IsNaN(objective) || objective <= 0 || objective >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(objective), objective, "The objective is a fraction strictly between 0 and 1, such as 0.995 for 99.5%.");
        }

        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "The window must be positive, such as 30 days.");
        }

        return new ErrorBudget(objective, window);
    }

    /// <summary>The number of bad requests the objective allows out of <paramref name="totalRequests"/>.</summary>
    public double AllowedBadRequests(long totalRequests) => RequireNotNegative(totalRequests, nameof(totalRequests)) * AllowedErrorRatio;

    /// <summary>The bad time left after <paramref name="observedBadTime"/>; negative once the budget is overspent.</summary>
    public TimeSpan RemainingBadTime(TimeSpan observedBadTime) => AllowedBadTime - RequireNotNegative(observedBadTime, nameof(observedBadTime));

    /// <summary>The bad requests left out of <paramref name="totalRequests"/>; negative once the budget is overspent.</summary>
    public double RemainingBadRequests(long badRequests, long totalRequests) =>
        AllowedBadRequests(totalRequests) - RequireNotNegative(badRequests, nameof(badRequests));

    /// <summary>The fraction of the budget left (1 untouched, 0 spent, negative overspent) after <paramref name="observedBadTime"/>.</summary>
    public double RemainingFraction(TimeSpan observedBadTime) => RemainingBadTime(observedBadTime).Ticks / (double)AllowedBadTime.Ticks;

    /// <summary>
    /// How fast the budget burns: the observed error ratio over the allowed one. 1 spends exactly the budget over the
    /// window; 2 spends it in half the window; below 1 leaves some unspent.
    /// </summary>
    public double BurnRate(long badRequests, long totalRequests)
    {
        RequireNotNegative(badRequests, nameof(badRequests));
        if (RequireNotNegative(totalRequests, nameof(totalRequests)) == 0)
        {
            return 0;
        }

        if (badRequests > totalRequests)
        {
            throw new ArgumentOutOfRangeException(nameof(badRequests), badRequests, "There cannot be more bad requests than requests.");
        }

        return badRequests / (double)totalRequests / AllowedErrorRatio;
    }

    /// <summary>How long a whole budget lasts at <paramref name="burnRate"/>: the window divided by it (30 days at 2: 15 days); <see cref="TimeSpan.MaxValue"/> at zero.</summary>
    public TimeSpan TimeToExhaustion(double burnRate) =>
        burnRate <= 0 ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)(Window.Ticks / burnRate));

    private static long RequireNotNegative(long value, string name) =>
        value < 0 ? throw new ArgumentOutOfRangeException(name, value, "Counts cannot be negative.") : value;

    private static TimeSpan RequireNotNegative(TimeSpan value, string name) =>
        value < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(name, value, "Durations cannot be negative.") : value;
}
