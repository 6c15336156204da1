// The library names its telemetry; a caller's generated wrappers must honour the name and version.
[assembly: AutoInstrument.InstrumentationSource("autoinstrument.testlibrary", Version = "2.1")]
