using AutoInstrument;

namespace Enforced;

public class Pricing
{
    [Traced]
    public decimal Total(decimal net) => net * 1.2m;

    // A method group cannot be intercepted: AI0004 here, a warning by default and an error under AutoInstrumentEnforce.
    public IEnumerable<decimal> Totals(IEnumerable<decimal> nets) => nets.Select(Total);
}
