using System;

namespace AutoInstrument;

/// <summary>
/// Declares a service level objective over the calls of a <c>[Measured]</c> method. Without
/// <see cref="LatencyThreshold"/> the indicator is availability: a call is good when it did not fail (no
/// <c>error.type</c>). With it, a call is good when it did not fail and took at most the threshold, which must be one of
/// the instrument's bucket boundaries. The same name on several methods makes one indicator over all of them.
/// </summary>
/// <remarks>
/// The build writes the objectives as Prometheus recording rules and multi-window, multi-burn-rate alerts
/// (<c>$(AssemblyName).slo-rules.yml</c> beside the assembly), and the program reads them as
/// <see cref="Slo.ErrorBudget"/>s from the generated <c>AutoInstrument.Generated.ServiceLevelObjectives</c>.
/// </remarks>
/// <example>
/// <code>
/// [Measured("checkout.duration", Buckets = new[] { 0.05, 0.1, 0.2, 0.5, 1 })]
/// [ServiceLevelObjective("checkout-latency", 0.995, LatencyThreshold = 0.2, WindowDays = 28)]
/// public Task&lt;Receipt&gt; CheckoutAsync(Order order) { … }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class ServiceLevelObjectiveAttribute : Attribute
{
    /// <summary>Declares the objective <paramref name="name"/>: a fraction <paramref name="target"/> of good calls.</summary>
    /// <param name="name">Lowercase letters, digits and '-', starting with a letter (e.g. <c>checkout-latency</c>): the <c>slo</c> label of its rules and alerts.</param>
    /// <param name="target">The fraction of calls that must be good, strictly between 0 and 1 (0.995 for 99.5%).</param>
    public ServiceLevelObjectiveAttribute(string name, double target)
    {
        Name = name;
        Target = target;
    }

    /// <summary>The objective's name.</summary>
    public string Name { get; }

    /// <summary>The fraction of calls that must be good, e.g. 0.995.</summary>
    public double Target { get; }

    /// <summary>
    /// For a latency objective, the most seconds a good call may take: one of the instrument's bucket boundaries. Not set
    /// (0) means an availability objective.
    /// </summary>
    public double LatencyThreshold { get; set; }

    /// <summary>The rolling window the objective is measured over, in days; 30 when not set.</summary>
    public int WindowDays { get; set; } = 30;
}
