using AutoInstrument.Analyzers.Tests.Infrastructure;
using AutoInstrument.Generators.Analyzers.Usage;
using Verifier = AutoInstrument.Analyzers.Tests.Infrastructure.AnalyzerVerifier<AutoInstrument.Generators.Analyzers.Usage.TagNameAnalyzer>;

namespace AutoInstrument.Analyzers.Tests.Usage;

public sealed class TagNameAnalyzerTests
{
    [Fact]
    public Task A_span_attribute_name_used_twice_is_reported_on_the_later_tag() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced]
            public void M([Tag("user.id")] int a, [{|AI0017:Tag("user.id")|}] int b) { }

            [Traced]
            [return: {|AI0017:Tag("id")|}]
            public int N([Tag] int id) => id;
        }
        """);

    [Fact]
    public Task A_metric_dimension_name_used_twice_is_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Measured]
            public void M([MetricTag("region")] DayOfWeek a, [{|AI0017:MetricTag("region")|}] DayOfWeek region) { }
        }
        """);

    [Theory]
    [InlineData("code.function.name")]
    [InlineData("code.file.path")]
    [InlineData("code.line.number")]
    [InlineData("error.type")]
    [InlineData("exception.message")]
    [InlineData("exception.stacktrace")]
    public Task A_reserved_name_is_reported_on_a_tag_and_a_dimension(string name) => Verifier.VerifyAsync($$"""
        public class C
        {
            [Traced, Measured]
            public void M([{|AI0018:Tag("{{name}}")|}] string a, [{|AI0018:MetricTag("{{name}}")|}] bool b) { }
        }
        """);

    [Fact]
    public Task A_method_in_the_partial_form_is_reported_once() => Verifier.VerifyAsync("""
        public partial class C
        {
            [Traced]
            public partial int M([Tag("id")] int a, [{|AI0017:Tag("id")|}] int b);

            private int MCore(int a, int b) => a;
        }

        // Stands in for the implementation the generator writes.
        public partial class C
        {
            public partial int M(int a, int b) => MCore(a, b);
        }
        """);

    [Fact]
    public Task Distinct_names_and_a_span_attribute_named_like_a_dimension_are_not_reported() => Verifier.VerifyAsync("""
        public class C
        {
            [Traced, Measured]
            [return: Tag]
            public int M([Tag("user.id"), MetricTag("user.tier")] int id, [Tag("error.kind")] string error, [Tag("exception")] string exception, [MetricTag("region")] DayOfWeek day, [Tag("region")] DayOfWeek region) => id;
        }
        """);

    [Fact]
    public async Task The_message_names_the_tag_that_records_the_name_first()
    {
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(
            new TagNameAnalyzer(), "public class C { [Traced] public void M([Tag(\"user.id\")] int a, [Tag(\"user.id\")] int b) { } }");

        Assert.Equal(
            "Parameter 'b' of 'M' would be recorded as the span attribute 'user.id', which parameter 'a' already records, so it is left out; give it another name",
            Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
