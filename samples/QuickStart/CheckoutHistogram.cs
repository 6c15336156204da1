using OpenTelemetry.Metrics;

namespace QuickStart;

/// <summary>
/// One histogram summed over its tags, read from the SDK's export: the count, the failed calls (those with
/// <c>error.type</c>) and quantiles interpolated within the buckets as Prometheus's <c>histogram_quantile</c> does.
/// </summary>
public sealed class CheckoutHistogram
{
    private readonly double[] _bounds;
    private readonly long[] _cumulative;

    private CheckoutHistogram(double[] bounds, long[] cumulative, long failed)
    {
        _bounds = bounds;
        _cumulative = cumulative;
        Failed = failed;
    }

    public long Count => _cumulative[^1];

    public long Failed { get; }

    public static CheckoutHistogram From(IEnumerable<Metric> exported, string instrument)
    {
        double[] bounds = [];
        long[] counts = [];
        long failed = 0;
        foreach (var metric in exported.Where(metric => metric.Name == instrument))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var buckets = new List<(double Bound, long Count)>();
                foreach (var bucket in point.GetHistogramBuckets())
                {
                    buckets.Add((bucket.ExplicitBound, bucket.BucketCount));
                }

                bounds = buckets.Select(bucket => bucket.Bound).ToArray();
                counts = counts.Length == 0 ? buckets.Select(bucket => bucket.Count).ToArray() : counts.Zip(buckets, (sum, bucket) => sum + bucket.Count).ToArray();
                if (HasErrorType(point))
                {
                    failed += point.GetHistogramCount();
                }
            }
        }

        var cumulative = new long[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            cumulative[i] = counts[i] + (i > 0 ? cumulative[i - 1] : 0);
        }

        return new CheckoutHistogram(bounds, cumulative.Length == 0 ? [0] : cumulative, failed);
    }

    /// <summary>The duration under which <paramref name="q"/> of the calls completed, linear within its bucket.</summary>
    public double Quantile(double q)
    {
        var rank = q * Count;
        var bucket = Array.FindIndex(_cumulative, cumulative => cumulative >= rank);
        if (bucket < 0 || Count == 0)
        {
            return double.NaN;
        }

        // Above the last finite bound nothing is known but that bound, as in Prometheus.
        if (double.IsPositiveInfinity(_bounds[bucket]))
        {
            return _bounds[bucket - 1];
        }

        var lower = bucket == 0 ? 0 : _bounds[bucket - 1];
        var below = bucket == 0 ? 0 : _cumulative[bucket - 1];
        var inBucket = _cumulative[bucket] - below;
        return lower + (_bounds[bucket] - lower) * (rank - below) / inBucket;
    }

    private static bool HasErrorType(in MetricPoint point)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == "error.type")
            {
                return true;
            }
        }

        return false;
    }
}
