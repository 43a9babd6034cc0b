using Markdig;
using Markdig.Syntax;
using Sciatica.Content.Citations;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Tests.Citations;

public class CitationParserTests
{
    private static List<CitationInline> Citations(string markdown) =>
        [.. Markdown.Parse(markdown, ArticlePipeline.Instance).Descendants<CitationInline>()];

    [Fact]
    public void Parses_a_single_citation()
    {
        var item = Assert.Single(Assert.Single(Citations("Rest does not help [@nice-ng59].")).Items);
        Assert.Equal("nice-ng59", item.Id);
        Assert.Null(item.Locator);
    }

    [Fact]
    public void Parses_two_citations_in_one_bracket()
    {
        var ids = Assert.Single(Citations("Most people improve [@ropper-2015; @weinstein-2006].")).Items.Select(i => i.Id);
        Assert.Equal(["ropper-2015", "weinstein-2006"], ids);
    }

    [Fact]
    public void Keeps_the_locator()
    {
        var item = Assert.Single(Assert.Single(Citations("Scans wait [@nice-ng59, rec. 1.1.4].")).Items);
        Assert.Equal("rec. 1.1.4", item.Locator);
    }

    [Theory]
    [InlineData("Text in *emphasis [@a]* here.")]
    [InlineData("| a | b |\n|---|---|\n| cell [@a] | x |")]
    [InlineData("- outer\n  - nested item [@a]")]
    [InlineData("> quoted [@a]")]
    public void Finds_citations_inside_other_markup(string markdown) =>
        Assert.Equal("a", Assert.Single(Assert.Single(Citations(markdown)).Items).Id);

    [Theory]
    [InlineData(@"An escaped \[@not-a-cite] bracket.")]
    [InlineData("Write to me@x.org for help.")]
    [InlineData("Code `[@not-a-cite]` stays code.")]
    [InlineData("A link [@handle](https://example.org) is a link.")]
    [InlineData("A bracket [@ with a space] is text.")]
    public void Ignores_what_is_not_a_citation(string markdown) =>
        Assert.Empty(Citations(markdown));
}
