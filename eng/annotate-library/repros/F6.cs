// F6 — AI0005 says [UnsafeAccessor] cannot reach a private or protected method of a generic type, or a private generic
// method; on net9.0 and later it can (an accessor in a generic class with the type's parameters, or a generic accessor
// method) (Superpower: Tokenizer`1.cs Tokenize, SkipWhiteSpace; Model/TokenList`1.cs EnsureHasValue; Parse.cs
// ChainRightOperatorRest; Stateless, MoreLINQ: 6 more).
public class Tokenizer<TKind>
{
    [AutoInstrument.Traced]
    private int Count(string text) => text.Length;

    public int Measure(string text) => Count(text);
}
