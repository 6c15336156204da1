using Xunit;

// Tracer and meter providers listen to every source and meter in the process: two tests running at once would see each
// other's spans and measurements, and one test's sampler would decide for the other's. The tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
