using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Analyzers.Usage;
using AutoInstrument.Generators.Parsing;
using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Usage.InstrumentNameAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Usage;

public sealed class InstrumentNameAnalyzerTests
{
    [Theory]
    [InlineData("not a valid name!")]
    [InlineData("9lives")]
    [InlineData("_hidden")]
    [InlineData("checkout.durée")]
    [InlineData("checkout:duration")]
    public Task A_name_OpenTelemetry_rejects_is_reported(string name) => Verifier.VerifyAsync($$"""
        public class C
        {
            [Measured({|AI0019:"{{name}}"|})]
            public void M() { }
        }

        [Traced, Measured({|AI0019:"{{name}}"|})]
        public class OnType { public void M() { } }
        """);

    [Fact]
    public Task A_name_longer_than_255_characters_is_reported() => Verifier.VerifyAsync($$"""
        public class C
        {
            [Measured({|AI0019:"{{new string('a', 256)}}"|})]
            public void M() { }
        }
        """);

    [Fact]
    public Task Valid_default_and_blank_names_are_not_reported() => Verifier.VerifyAsync($$"""
        public class C
        {
            [Measured("checkout.duration")] public void A() { }
            [Measured("http.server/request-duration_v2")] public void B() { }
            [Measured("{{new string('a', 255)}}")] public void C2() { }
            [Measured] public void D() { }
            [Measured("")] public void E() { }
        }
        """);

    [Fact]
    public async Task The_message_says_what_is_wrong_and_that_the_method_is_not_measured()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new InstrumentNameAnalyzer(), "public class C { [Measured(\"not valid\")] public void M() { } }");

        Assert.Equal(
            "The instrument name 'not valid' of 'M' is rejected by OpenTelemetry (it contains a space), so 'M' is not measured; start with a letter and use only letters, digits, '_', '.', '-' and '/', at most 255 characters",
            Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("A.b-c_d/e9", true)]
    [InlineData("", false)]
    [InlineData("1a", false)]
    [InlineData("-a", false)]
    [InlineData("a b", false)]
    [InlineData("a\n", false)]
    [InlineData("a+b", false)]
    public void The_rule_follows_the_OpenTelemetry_instrument_name_syntax(string name, bool valid) =>
        Assert.Equal(valid, ArgumentRules.InstrumentNameProblem(name) is null);
}
