using AutoInstrument.Generators.Analyzers.Logging.Templates;

namespace AutoInstrument.Analyzers.Tests.Logging.Templates;

public class MessageTemplateTests
{
    [Fact]
    public void Reads_capture_name_alignment_and_format_of_each_placeholder()
    {
        var placeholder = Assert.Single(MessageTemplate.Parse("Took {@Elapsed,-10:N2} ms").Placeholders);

        Assert.Equal(('@', "Elapsed", "-10", "N2"), (placeholder.Capture, placeholder.Name, placeholder.Alignment, placeholder.Format));
        Assert.Equal((5, 17), (placeholder.Start, placeholder.Length));
    }

    [Fact]
    public void Reads_doubled_braces_as_text() =>
        Assert.Equal(["Id"], MessageTemplate.PlaceholderNames("{{literal}} {Id} }}"));

    [Fact]
    public void Tells_positional_templates_from_named_ones()
    {
        Assert.True(MessageTemplate.Parse("{0} then {1}").IsPositional);
        Assert.False(MessageTemplate.Parse("{0} then {Name}").IsPositional);
        Assert.Equal(12, MessageTemplate.Parse("{12}").Placeholders[0].Index);
    }

    [Theory]
    [InlineData("Unclosed {Name")]
    [InlineData("Stray } brace")]
    [InlineData("Empty {}")]
    [InlineData("Spaced { Name }")]
    [InlineData("Json {\"id\": 1}")]
    public void Marks_templates_the_libraries_read_differently_as_malformed(string text) =>
        Assert.True(MessageTemplate.Parse(text).IsMalformed);

    [Fact]
    public void Accepts_names_made_of_letters_digits_and_underscores() =>
        Assert.False(MessageTemplate.Parse("{User_Id2} {$Name} {0:x}").IsMalformed);
}
