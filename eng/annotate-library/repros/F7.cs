// F7 — a private generic method of a (non-generic) static class: AI0005 says UnsafeAccessor cannot reach it "in a
// generic type", but it is not in one, and on net10.0 [UnsafeAccessorType] with a generic accessor method reaches it
// (Superpower: Parse.cs ChainRightOperatorRest, Parsers/Token.cs Matching, Display/Presentation.cs TryGetTokenAttribute;
// Stateless: TaskResult.cs FromResult).
public static class Text
{
    [AutoInstrument.Traced]
    private static T Echo<T>(T value) => value;

    public static string Use(string s) => Echo(s);
}
