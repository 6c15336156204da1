using AutoInstrument;

namespace Boundaries;

[Traced, Measured]
public class OrderService
{
    public int Place(int item) => item;

    // Not a public operation, so not part of the boundary.
    internal int Audit(int item) => item;
}
