using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// The services' telemetry must reach this host through AddAutoInstrumentation() alone: no AddSource, no AddMeter.
var spans = new List<Activity>();
var metrics = new List<Metric>();
var failures = new List<string>();
long recorded = 0;
using (var tracing = Sdk.CreateTracerProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(spans).Build())
using (var meters = Sdk.CreateMeterProviderBuilder().AddAutoInstrumentation().AddInMemoryExporter(metrics).Build())
{
    // The library records first: its net8.0 code creates the histogram without bucket advice, the host's registration
    // of the buckets must still apply.
    var account = new Billing.Account();
    Expect(account.ChargeTwice(1) == 2, "ChargeTwice returns twice");      // two calls inside the library
    Expect(account.Charge(5) == 5, "Charge returns its amount");          // from the host
    Expect(Checkout.Cart.Pay(7) == 7, "Pay returns its amount");           // through the plain middle library
    Expect(account.Refund(2) == -2, "Refund returns minus its amount");   // [Measured] only
    meters.ForceFlush();

    var charges = metrics.Where(m => m.Name == "method.duration").ToList();
    Expect(charges.Count == 1, $"one method.duration stream (got {charges.Count}: {string.Join(", ", charges.Select(m => m.MeterName))})");
    Expect(charges.All(m => m.MeterName == "billing" && m.MeterVersion == "2.1"), "method.duration is in the billing 2.1 meter");
    recorded = charges.Sum(Count);
    Expect(recorded == 4, $"method.duration counts the 4 charges (got {recorded})");
    double[] defaults = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
    Expect(charges.Count == 1 && Bounds(charges[0]).SequenceEqual(defaults), $"method.duration has the generated buckets (got {string.Join(", ", charges.SelectMany(Bounds))})");

    var refunds = metrics.Where(m => m.Name == "billing.refund.duration").ToList();
    Expect(refunds.Count == 1 && refunds[0].MeterName == "billing" && Count(refunds[0]) == 1, "one billing.refund.duration stream with one call");
    Expect(refunds.Count == 1 && Bounds(refunds[0]).SequenceEqual(new[] { 0.01, 0.1, 1 }), $"billing.refund.duration has the library's buckets (got {string.Join(", ", refunds.SelectMany(Bounds))})");
}

var charged = spans.Where(s => s.DisplayName == "Account.Charge").ToList();
Expect(charged.Count == 4, $"4 Account.Charge spans (got {charged.Count})");
Expect(charged.All(s => s.Source.Name == "billing" && s.Source.Version == "2.1"), "every span comes from the billing 2.1 source");
Expect(charged.Any(s => s.GetTagItem("amount") is 7), "the span of the call through Checkout carries amount 7");

foreach (var failure in failures)
{
    Console.WriteLine("FAILED: " + failure);
}

Console.WriteLine(failures.Count == 0
    ? $"spans={charged.Count} source={charged[0].Source.Name}/{charged[0].Source.Version} method.duration.count={recorded}"
    : $"{failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

void Expect(bool condition, string what)
{
    if (!condition)
    {
        failures.Add(what);
    }
}

static long Count(Metric metric)
{
    long count = 0;
    foreach (ref readonly var point in metric.GetMetricPoints())
    {
        count += point.GetHistogramCount();
    }

    return count;
}

static IEnumerable<double> Bounds(Metric metric)
{
    foreach (ref readonly var point in metric.GetMetricPoints())
    {
        var bounds = new List<double>();
        foreach (var bucket in point.GetHistogramBuckets())
        {
            if (double.IsFinite(bucket.ExplicitBound))
            {
                bounds.Add(bucket.ExplicitBound);
            }
        }

        return bounds;
    }

    return [];
}
