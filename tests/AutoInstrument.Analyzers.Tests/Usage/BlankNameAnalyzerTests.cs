using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Analyzers.Usage;
using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Usage.BlankNameAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Usage;

public sealed class BlankNameAnalyzerTests
{
    [Fact]
    public Task Blank_span_and_instrument_names_are_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced({|AI0008:" "|})]
            public void M() { }

            [Measured({|AI0008:""|})]
            public void N() { }
        }

        [Traced({|AI0008:""|})]
        public class OnType { public void M() { } }
        """);

    [Fact]
    public Task Blank_tag_and_dimension_names_are_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced, Measured]
            [return: Tag({|AI0008:""|})]
            public int M([Tag({|AI0008:" "|})] int id, [MetricTag({|AI0008:""|})] bool hit) => id;
        }
        """);

    [Fact]
    public Task Given_and_omitted_names_are_not_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced("get"), Measured("c.duration")]
            [return: Tag]
            public int M([Tag("user.id")] int id, [Tag] int other, [MetricTag] bool hit, [MetricTag("tier")] DayOfWeek day) => id;

            [Traced, Measured]
            public void N() { }
        }
        """);

    [Fact]
    public async Task The_message_says_a_blank_tag_is_not_recorded()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(new BlankNameAnalyzer(), "public class C { [Traced] public void M([Tag(\"\")] int id) { } }");

        var message = Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            "The span attribute name given to parameter 'id' of 'M' is empty or whitespace, so it is not recorded; give a name, or remove the argument to record it as 'id'",
            message);
    }
}
