namespace AutoInstrument.Generators.Model;

/// <summary>What the original method is called on, which decides the interceptor's first parameter.</summary>
internal enum ReceiverKind
{
    /// <summary>A static method: no receiver.</summary>
    None,

    /// <summary>An instance method of a class or interface: <c>this T self</c>.</summary>
    Reference,

    /// <summary>An instance method of a struct: <c>this ref T self</c>, so mutations reach the caller's copy.</summary>
    Struct,

    /// <summary>A readonly instance method of a struct: <c>this in T self</c>.</summary>
    ReadOnlyStruct,
}
