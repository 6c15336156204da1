// F2 — private method of a readonly struct: the wrapper takes `this in`, its UnsafeAccessor `ref`
// (Superpower: Model/TextSpan.cs EnsureHasValue).
public readonly struct Span
{
    private readonly int _length;

    public Span(int length) => _length = length;

    [AutoInstrument.Traced]
    private void EnsureValid()
    {
        if (_length < 0) throw new System.InvalidOperationException();
    }

    public int Length
    {
        get { EnsureValid(); return _length; }
    }
}
