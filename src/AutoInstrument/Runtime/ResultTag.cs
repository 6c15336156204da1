using System;

namespace AutoInstrument.Runtime;

/// <summary>How a method's result is recorded as a span attribute: an enum by its name, any other value as it is.</summary>
internal static class ResultTag<TResult>
{
    private static readonly bool IsEnum = typeof(TResult).IsEnum || (Nullable.GetUnderlyingType(typeof(TResult))?.IsEnum ?? false);

    public static object? Value(TResult result) => IsEnum ? result?.ToString() : result;
}
