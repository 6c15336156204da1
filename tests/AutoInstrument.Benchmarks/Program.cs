using BenchmarkDotNet.Running;

// Every benchmark class of this assembly: choose with --filter, and the job with --job dry|short|default.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

// BenchmarkDotNet prints a failed build or run and exits 0; the CI smoke run must fail instead.
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
