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
        Exception = Reserve("exception");
        Result = Reserve("result");
        Task = Reserve("task");
        Call = Reserve("call");
        Arguments = Reserve("arguments");
    }

    public string Self { get; }

    public string Exception { get; }

    public string Result { get; }

    public string Task { get; }

    public string Call { get; }

    public string Arguments { get; }

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
