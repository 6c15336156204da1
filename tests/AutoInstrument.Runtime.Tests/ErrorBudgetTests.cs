using AutoInstrument.Slo;
using Xunit;

namespace AutoInstrument.Runtime.Tests;

public sealed class ErrorBudgetTests
{
    private static readonly ErrorBudget NinetyNinePointFiveOverThirtyDays = ErrorBudget.ForObjective(0.995, TimeSpan.FromDays(30));

    [Fact]
    public void A_99_5_percent_objective_over_30_days_allows_216_minutes_of_bad_time()
    {
        Assert.Equal(TimeSpan.FromMinutes(216), NinetyNinePointFiveOverThirtyDays.AllowedBadTime);
    }

    [Fact]
    public void The_allowed_error_ratio_is_what_the_objective_leaves()
    {
        Assert.Equal(0.005, NinetyNinePointFiveOverThirtyDays.AllowedErrorRatio, precision: 12);
    }

    [Fact]
    public void The_budget_allows_a_share_of_requests()
    {
        Assert.Equal(5_000, NinetyNinePointFiveOverThirtyDays.AllowedBadRequests(1_000_000), precision: 6);
    }

    [Fact]
    public void Observed_bad_time_is_taken_from_the_budget()
    {
        var remaining = NinetyNinePointFiveOverThirtyDays.RemainingBadTime(TimeSpan.FromMinutes(54));

        Assert.Equal(TimeSpan.FromMinutes(162), remaining);
        Assert.Equal(0.75, NinetyNinePointFiveOverThirtyDays.RemainingFraction(TimeSpan.FromMinutes(54)), precision: 12);
    }

    [Fact]
    public void Observed_bad_requests_are_taken_from_the_budget()
    {
        Assert.Equal(1_000, NinetyNinePointFiveOverThirtyDays.RemainingBadRequests(badRequests: 4_000, totalRequests: 1_000_000), precision: 6);
    }

    [Fact]
    public void An_overspent_budget_is_negative()
    {
        Assert.Equal(TimeSpan.FromMinutes(-24), NinetyNinePointFiveOverThirtyDays.RemainingBadTime(TimeSpan.FromMinutes(240)));
        Assert.True(NinetyNinePointFiveOverThirtyDays.RemainingFraction(TimeSpan.FromMinutes(240)) < 0);
    }

    [Fact]
    public void One_percent_errors_burn_a_99_5_percent_budget_twice_as_fast_as_allowed()
    {
        Assert.Equal(2, NinetyNinePointFiveOverThirtyDays.BurnRate(badRequests: 10, totalRequests: 1_000), precision: 9);
    }

    [Fact]
    public void A_burn_rate_of_two_spends_a_30_day_budget_in_15_days()
    {
        Assert.Equal(TimeSpan.FromDays(15), NinetyNinePointFiveOverThirtyDays.TimeToExhaustion(2));
    }

    [Fact]
    public void No_traffic_burns_nothing()
    {
        Assert.Equal(0, NinetyNinePointFiveOverThirtyDays.BurnRate(badRequests: 0, totalRequests: 0));
        Assert.Equal(TimeSpan.MaxValue, NinetyNinePointFiveOverThirtyDays.TimeToExhaustion(0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(99.5)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void An_objective_outside_zero_and_one_is_rejected(double objective)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForObjective(objective, TimeSpan.FromDays(30)));
    }

    [Fact]
    public void A_window_that_is_not_positive_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForObjective(0.99, TimeSpan.Zero));
    }

    [Fact]
    public void Negative_observations_and_more_bad_than_total_requests_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NinetyNinePointFiveOverThirtyDays.RemainingBadTime(TimeSpan.FromMinutes(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => NinetyNinePointFiveOverThirtyDays.BurnRate(badRequests: 11, totalRequests: 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => NinetyNinePointFiveOverThirtyDays.AllowedBadRequests(-1));
    }
}
