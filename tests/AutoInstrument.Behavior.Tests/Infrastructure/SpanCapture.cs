using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Xunit;

namespace AutoInstrument.Behavior.Tests.Infrastructure;

/// <summary>
/// A tracer provider wired as an application wires it (<c>AddAutoInstrumentation()</c>), exporting to memory. The test
/// can also open a span of its own, the caller's, to see what the shop's spans do under it.
/// </summary>
internal sealed class SpanCapture : IDisposable
{
    public const string ShopSource = "Shop";

    private static readonly ActivitySource Callers = new("Shop.Behavior.Tests.Callers");

    private readonly List<Activity> _exported = new();
    private readonly TracerProvider _provider;

    public SpanCapture(Sampler? sampler = null)
    {
        var builder = Sdk.CreateTracerProviderBuilder()
            .AddAutoInstrumentation()
            .AddSource(Callers.Name)
            .AddInMemoryExporter(_exported);
        if (sampler is not null)
        {
            builder.SetSampler(sampler);
        }

        _provider = builder.Build();
    }

    /// <summary>The shop's spans that ended, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans => _exported.Where(span => span.Source.Name == ShopSource).ToList();

    /// <summary>The one ended span named <paramref name="name"/>.</summary>
    public Activity Span(string name) => Assert.Single(Spans, span => span.DisplayName == name);

    /// <summary>Starts a span standing for the code that calls the shop, and makes it current.</summary>
    public static Activity StartCaller() =>
        Callers.StartActivity("caller") ?? throw new InvalidOperationException("The caller's span is only sampled while a SpanCapture is listening.");

    public void Dispose() => _provider.Dispose();
}
