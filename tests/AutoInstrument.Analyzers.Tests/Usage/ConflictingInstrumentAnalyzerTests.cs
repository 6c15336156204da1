using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Analyzers.Usage;
using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Usage.ConflictingInstrumentAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Usage;

public sealed class ConflictingInstrumentAnalyzerTests
{
    [Fact]
    public Task Declarations_with_other_buckets_or_descriptions_than_the_chosen_one_are_reported() => Verifier.VerifyAsync("""
        public class Checkout
        {
            [Measured("checkout.duration", Description = "Checking out.", Buckets = new[] { 0.1, 1.0 })]
            public void Pay() { }

            [{|AI0020:Measured("checkout.duration", Description = "Checking out.", Buckets = new[] { 0.5 })|}]
            public void Refund() { }

            [{|AI0020:Measured("checkout.duration", Description = "Paying.", Buckets = new[] { 0.1, 1.0 })|}]
            public void Retry() { }

            [Measured("checkout.duration", Buckets = new[] { 0.1, 1.0 })]
            public void Cancel() { }
        }
        """);

    [Fact]
    public Task Other_buckets_on_the_default_instrument_are_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Measured] public void A() { }
            [Measured] public void B() { }
            [{|AI0020:Measured(Buckets = new[] { 1.0, 2.0 })|}] public void D() { }
        }
        """);

    [Fact]
    public Task Declarations_that_agree_or_name_their_own_instrument_are_not_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Measured("a.duration", Description = "A.", Buckets = new[] { 0.1 })] public void A1() { }
            [Measured("a.duration", Description = "A.", Buckets = new[] { 0.1 })] public void A2() { }
            [Measured("b.duration", Buckets = new[] { 0.2 })] public void B() { }
            [Measured] public void D1() { }
            [Measured] public void D2() { }
        }

        [Measured("a.duration", Description = "A.", Buckets = new[] { 0.1 })]
        public class OnType { public void M() { } public void N() { } }
        """);

    [Fact]
    public async Task The_message_names_the_declaration_the_settings_come_from()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new ConflictingInstrumentAnalyzer(), """
            public class C
            {
                [Measured("x.duration", Description = "B.")] public void Second() { }
                [Measured("x.duration", Description = "A.")] public void First() { }
            }
            """);

        Assert.Equal(
            "'C.Second' declares the instrument 'x.duration' with another description than 'C.First', and the instrument is created once, with the settings of 'C.First'; give every [Measured] of 'x.duration' the same Buckets and Description, or name an instrument of its own",
            Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
