global using AutoInstrument.Generators.Tests.Infrastructure;
global using Xunit;
