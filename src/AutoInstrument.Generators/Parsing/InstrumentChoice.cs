using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Parsing;

/// <summary>
/// Which settings an instrument is created with when several <c>[Measured]</c> declare it: the generator creates it once,
/// with the choice made here, and AI0020 reports every declaration that asked for something else, from the same choice.
/// </summary>
internal static class InstrumentChoice
{
    /// <summary>
    /// A given description before a default one, then the given description in ordinal order, then the buckets in
    /// ascending order of their boundaries (a shorter prefix first): the choice depends only on the set of declarations, not
    /// on the order files are compiled in.
    /// </summary>
    public static InstrumentModel Choose(IEnumerable<InstrumentModel> declarations) =>
        declarations
            .OrderBy(i => i.IsDescriptionGiven ? 0 : 1)
            .ThenBy(i => i.IsDescriptionGiven ? i.Description : string.Empty, System.StringComparer.Ordinal)
            .ThenBy(i => i.Buckets, BucketOrder.Instance)
            .ThenBy(i => i.Description, System.StringComparer.Ordinal)
            .First();

    /// <summary>Whether a declaration asked for other settings than the instrument was created with.</summary>
    public static bool Conflicts(InstrumentModel declaration, InstrumentModel chosen, out bool buckets, out bool description)
    {
        buckets = !declaration.Buckets.Equals(chosen.Buckets);
        description = declaration.IsDescriptionGiven && declaration.Description != chosen.Description;
        return buckets || description;
    }

    private sealed class BucketOrder : IComparer<Common.EquatableArray<double>>
    {
        public static readonly BucketOrder Instance = new();

        public int Compare(Common.EquatableArray<double> x, Common.EquatableArray<double> y)
        {
            var left = x.Items;
            var right = y.Items;
            for (var i = 0; i < left.Length && i < right.Length; i++)
            {
                var order = left[i].CompareTo(right[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            return left.Length.CompareTo(right.Length);
        }
    }
}
