using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AutoInstrument.Generators.Common;

namespace AutoInstrument.Generators.Model;

/// <summary>An instrumented method and every call of it that the generator intercepts: one wrapper.</summary>
internal sealed record InterceptionGroupModel(InstrumentedMethodModel Target, EquatableArray<InterceptionLocationModel> Locations)
{
    /// <summary>
    /// Groups the call sites by the key of their target that parsing gave them, a string, so a target's model is not
    /// hashed once per call; targets keep the order of their first call, locations are ordered by their data, so the
    /// same compilation always gives the same groups.
    /// </summary>
    public static EquatableArray<InterceptionGroupModel> GroupByTarget(ImmutableArray<CallSiteModel> callSites)
    {
        var groups = new Dictionary<string, (InstrumentedMethodModel Target, List<InterceptionLocationModel> Locations)>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var callSite in callSites)
        {
            if (!groups.TryGetValue(callSite.TargetKey, out var group))
            {
                group = (callSite.Target, new List<InterceptionLocationModel>());
                groups.Add(callSite.TargetKey, group);
                order.Add(callSite.TargetKey);
            }

            group.Locations.Add(callSite.Location);
        }

        return order
            .Select(key => new InterceptionGroupModel(
                groups[key].Target,
                groups[key].Locations.OrderBy(l => l.Data, System.StringComparer.Ordinal).ToEquatableArray()))
            .ToEquatableArray();
    }
}
