using BenchmarkDotNet.Running;

// Every benchmark class of this assembly: choose with --filter, and the job with --job dry|short|default.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
