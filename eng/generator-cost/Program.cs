using GeneratorCost;
using Microsoft.CodeAnalysis;

// generator-cost cold <project-dir> <csc-line-file> <AutoInstrument.Generators.dll> [runs] [floor.dll]
// generator-cost edits <project-dir> <csc-line-file> <AutoInstrument.Generators.dll>
// generator-cost forwarders <AutoInstrument.Interceptors.g.cs> <out.cs>
if (args is ["forwarders", var generated, var forwardersFile])
{
    var (text, sites, forwarders) = ForwardingFloor.Rewrite(File.ReadAllText(generated));
    File.WriteAllText(forwardersFile, text);
    Console.WriteLine($"{forwardersFile}: {forwarders} forwarders, {sites} call sites");
    return 0;
}

if (args.Length < 4 || args[0] is not ("cold" or "edits"))
{
    Console.Error.WriteLine("usage: cold|edits <project-dir> <csc-line-file> <AutoInstrument.Generators.dll> [runs] [AutoInstrument.Benchmarks.Floor.dll for the floor]");
    Console.Error.WriteLine("       forwarders <AutoInstrument.Interceptors.g.cs> <out.cs>");
    return 2;
}

var project = new CscCommandLine(args[1], args[2]);
IIncrementalGenerator AutoInstrument() => CscCommandLine.LoadGenerator(args[3], "AutoInstrument.Generators.AutoInstrumentGenerator");
if (args[0] == "edits")
{
    return BodyEdits.Run(project, AutoInstrument);
}

var generators = new List<(string, Func<IIncrementalGenerator>)> { ("AutoInstrument's generator", AutoInstrument) };
if (args.Length > 5)
{
    generators.Add(("the binding floor", () => CscCommandLine.LoadGenerator(args[5], "BindingFloorGenerator")));
}

ColdRuns.Run(project, generators, args.Length > 4 ? int.Parse(args[4]) : 4);
return 0;
