using AutoInstrument;
using Microsoft.AspNetCore.Mvc;

namespace Boundaries;

[ApiController]
[Route("orders")]
public partial class OrdersController(OrderService orders) : ControllerBase
{
    // Not instrumented: AI0022 here, a warning by default and an error under AutoInstrumentEnforce.
    [HttpGet("{id}")]
    public string Get(int id) => "order" + id;

    // What the fix writes for an action: the partial form, which the generator implements for the framework's calls.
    [HttpPost]
    [Traced, Measured]
    public partial int Place(int item);

    private int PlaceCore(int item) => orders.Place(item);
}
