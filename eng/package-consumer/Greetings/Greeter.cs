using AutoInstrument;

namespace Greetings;

public static class Greeter
{
    [Traced]
    public static string Greet([Tag("name")] string name) => $"Hello, {name}!";
}
