using AutoInstrument;

// The shop's spans and measurements come from a source and a meter named "Shop", whatever the assembly is called.
[assembly: InstrumentationSource("Shop", Version = "1.2.0")]
