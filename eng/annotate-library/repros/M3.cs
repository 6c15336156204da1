// M3 — AI0014 on an iterator GetEnumerator advises returning IEnumerable<T>, which an IEnumerable<T> implementation
// cannot (Optional: Option_Maybe.cs, Option_Either.cs; Superpower: Model/TokenList`1.cs).
public readonly struct Bag : System.Collections.Generic.IEnumerable<int>
{
    [AutoInstrument.Traced]
    public System.Collections.Generic.IEnumerator<int> GetEnumerator() { yield return 1; }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
