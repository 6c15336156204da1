using System.Collections.Generic;
using System.Linq;
using AutoInstrument.Generators.Model;

namespace AutoInstrument.Generators.Emitting;

/// <summary>Names for the wrapper's own locals that cannot clash with the user's parameter names.</summary>
internal sealed class LocalNames
{
    private readonly HashSet<string> _taken;

    public LocalNames(MethodModel method)
    {
        _taken = new HashSet<string>(method.Parameters.Select(p => p.Name.TrimStart('@')));
        Self = Reserve("self");
        Activity = Reserve("activity");
        Exception = Reserve("exception");
        Result = Reserve("result");
        Task = Reserve("task");
        Items = Reserve("items");
        Item = Reserve("item");
        Enumerator = Reserve("enumerator");
        Outer = Reserve("outer");
        CancellationToken = Reserve("cancellationToken");
        StartTimestamp = Reserve("startTimestamp");
        ErrorType = Reserve("errorType");
        Tags = Reserve("tags");
    }

    public string Self { get; }

    public string Activity { get; }

    public string Exception { get; }

    public string Result { get; }

    public string Task { get; }

    public string Items { get; }

    public string Item { get; }

    public string Enumerator { get; }

    public string Outer { get; }

    public string CancellationToken { get; }

    public string StartTimestamp { get; }

    public string ErrorType { get; }

    public string Tags { get; }

    private string Reserve(string preferred)
    {
        var name = preferred;
        while (!_taken.Add(name))
        {
            name = "_" + name;
        }

        return name;
    }
}
