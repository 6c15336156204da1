using AutoInstrument.Build.Tasks;

namespace AutoInstrument.Build.Tests;

/// <summary>The parts of the rules text that promtool cannot judge: names, windows and the arithmetic of the budget.</summary>
public sealed class RulesWriterTests
{
    [Theory]
    [InlineData("method.duration", "method_duration_seconds")]
    [InlineData("checkout.duration", "checkout_duration_seconds")]
    [InlineData("http.server/request-duration_v2", "http_server_request_duration_v2_seconds")]
    [InlineData("rpc..latency", "rpc_latency_seconds")]
    [InlineData("db.query.seconds", "db_query_seconds")]
    public void Histogram_names_are_the_ones_the_OpenTelemetry_Prometheus_exporter_writes(string instrument, string metric) =>
        Assert.Equal(metric, PrometheusNames.Histogram(instrument));

    [Theory]
    [InlineData(30, "page 14.4 1h 5m", "page 6 6h 30m", "ticket 3 1d 2h", "ticket 1 3d 6h")]
    [InlineData(28, "page 14.4 56m 5m", "page 6 5h36m 28m", "ticket 3 22h24m 1h52m", "ticket 1 2d19h12m 5h36m")]
    [InlineData(7, "page 14.4 14m 1m", "page 6 1h24m 7m", "ticket 3 5h36m 28m", "ticket 1 16h48m 1h24m")]
    [InlineData(90, "page 14.4 3h 15m", "page 6 18h 1h30m", "ticket 3 3d 6h", "ticket 1 9d 18h")]
    public void Windows_scale_with_the_objective_and_factors_stay_as_in_the_workbook(int days, params string[] expected) =>
        Assert.Equal(expected, BurnRateWindows.For(days).Select(w => $"{w.Severity} {w.Factor} {BurnRateWindows.Format(w.Long)} {BurnRateWindows.Format(w.Short)}"));

    [Theory]
    [InlineData(30, 60, "page 14.4 1m 5s", "page 6 6m 30s", "ticket 3 24m 2m", "ticket 1 1h12m 6m")]
    [InlineData(28, 60, "page 14.4 56s 5s", "page 6 5m36s 28s", "ticket 3 22m24s 1m52s", "ticket 1 1h7m12s 5m36s")]
    [InlineData(30, 1440, "page 14.4 3s 1s", "page 6 15s 1s", "ticket 3 1m 5s", "ticket 1 3m 15s")]
    public void A_time_scale_divides_every_window_to_whole_seconds(int days, int timeScale, params string[] expected) =>
        Assert.Equal(expected, BurnRateWindows.For(days, timeScale).Select(w => $"{w.Severity} {w.Factor} {BurnRateWindows.Format(w.Long)} {BurnRateWindows.Format(w.Short)}"));

    [Fact]
    public void A_rehearsal_measures_the_budget_over_the_scaled_window_and_says_it_is_one()
    {
        var text = SloRulesWriter.Write([Objective("checkout-availability", 0)], "Shop.dll", string.Empty, timeScale: 60);

        Assert.Contains("# REHEARSAL: every window runs 60 times faster", text);
        Assert.Contains("expr: '1 - slo:sli_error:ratio_rate12h{slo=\"checkout-availability\"} / 0.005'", text);
        Assert.Contains("[5s]", text);
        Assert.Contains("long_window: 1m\n          short_window: 5s\n", text);
    }

    [Fact]
    public void Without_a_time_scale_the_rules_are_the_production_ones() =>
        Assert.Equal(
            SloRulesWriter.Write([Objective("checkout-availability", 0)], "Shop.dll", string.Empty),
            SloRulesWriter.Write([Objective("checkout-availability", 0)], "Shop.dll", string.Empty, timeScale: 1));

    [Fact]
    public void Each_alert_spends_the_workbook_share_of_the_budget_over_its_long_window() =>
        Assert.Equal([0.02, 0.05, 0.1, 0.1], BurnRateWindows.For(30).Select(w => Math.Round(w.BudgetSpent, 10)));

    [Fact]
    public void Every_alert_is_ErrorBudgetBurn_with_exactly_the_four_routing_labels()
    {
        var text = SloRulesWriter.Write([Objective("checkout-availability", 0)], "Shop.dll", string.Empty);
        var alerts = text.Split("      - alert: ").Skip(1).ToList();

        Assert.Equal(4, alerts.Count);
        foreach (var alert in alerts)
        {
            Assert.StartsWith("ErrorBudgetBurn\n", alert);
            var labels = alert.Split("        labels:\n")[1].Split("        annotations:")[0]
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Split(':')[0]);
            Assert.Equal(["slo", "severity", "long_window", "short_window"], labels);
        }
    }

    [Fact]
    public void The_budget_is_written_as_declared_without_binary_noise()
    {
        var text = SloRulesWriter.Write([Objective("checkout-availability", 0)], "Shop.dll", string.Empty);

        Assert.Contains("> (14.4 * 0.005) and", text);
        Assert.Contains("expr: 'vector(0.995)'", text);
        Assert.Contains("expr: '1 - slo:sli_error:ratio_rate30d{slo=\"checkout-availability\"} / 0.005'", text);
        Assert.Contains("Error budget: 0.5% of calls (as much as 3 hours 36 minutes of 30 days)", text);
    }

    [Theory]
    [InlineData(0.25, "le=~\"0\\\\.25\"")]
    [InlineData(1, "le=~\"1|1\\\\.0\"")]
    public void A_latency_objective_reads_the_bucket_at_its_threshold_as_the_exporter_or_Prometheus_3_writes_it(double threshold, string matcher)
    {
        var ratio = SloRulesWriter.ErrorRatio(Objective("checkout-latency", threshold), "job=\"shop\"", "5m");

        Assert.Equal(
            "1 - (sum(rate(checkout_duration_seconds_bucket{job=\"shop\",code_function_name=~\"Shop\\\\.Checkout\\\\.PayAsync\",error_type=\"\"," + matcher + "}[5m])) or vector(0)) / sum(rate(checkout_duration_seconds_count{job=\"shop\",code_function_name=~\"Shop\\\\.Checkout\\\\.PayAsync\"}[5m]))",
            ratio);
    }

    [Fact]
    public void An_availability_objective_counts_the_calls_with_an_error_type_as_bad() =>
        Assert.Equal(
            "(sum(rate(checkout_duration_seconds_count{code_function_name=~\"Shop\\\\.Checkout\\\\.PayAsync\",error_type!=\"\"}[1h])) or vector(0)) / sum(rate(checkout_duration_seconds_count{code_function_name=~\"Shop\\\\.Checkout\\\\.PayAsync\"}[1h]))",
            SloRulesWriter.ErrorRatio(Objective("checkout-availability", 0), string.Empty, "1h"));

    [Fact]
    public void OpenSLO_documents_carry_the_same_indicator_window_and_target()
    {
        var text = OpenSloWriter.Write([Objective("checkout-availability", 0), Objective("checkout-latency", 0.25)], "Shop", "job=\"shop\"");
        var documents = text.Split("---\n").Skip(1).ToList();

        Assert.Equal(2, documents.Count);
        Assert.All(documents, d => Assert.StartsWith("apiVersion: openslo/v1\nkind: SLO\nmetadata:\n", d));
        Assert.Contains("        bad:\n          metricSource:\n            type: Prometheus\n            spec:\n              query: 'sum(checkout_duration_seconds_count{job=\"shop\",code_function_name=~\"Shop\\\\.Checkout\\\\.PayAsync\",error_type!=\"\"})'", documents[0]);
        Assert.Contains("        good:\n", documents[1]);
        Assert.Contains("le=~\"0\\\\.25\"})'", documents[1]);
        Assert.All(documents, d => Assert.Contains("  timeWindow:\n    - duration: 30d\n      isRolling: true\n  budgetingMethod: Occurrences\n  objectives:\n", d));
        Assert.All(documents, d => Assert.EndsWith("      target: 0.995\n", d));
    }

    private static Objective Objective(string name, double threshold) =>
        new(name, 0.995, threshold, 30, "checkout.duration", ["0.05", "0.1", "0.25", "0.5", "1"], ["Shop.Checkout.PayAsync"]);
}
