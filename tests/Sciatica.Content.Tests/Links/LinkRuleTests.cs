using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Links;

public sealed class LinkRuleTests : IDisposable
{
    private readonly TempContent _content = new();

    public LinkRuleTests() =>
        _content.WriteArticle("target", "## Cauda equina syndrome\n\nA claim [@guide, rec. 1.1.4].\n\n## What causes it?\n\nAnother [@second, abstract].", order: 2);

    [Theory]
    [InlineData("/target")]
    [InlineData("target")]
    [InlineData("/target#cauda-equina-syndrome")]
    [InlineData("/target#what-causes-it")]
    [InlineData("/target#ref-1")]
    [InlineData("/")]
    [InlineData("/references")]
    [InlineData("/references#guide")]
    [InlineData("/feed.xml")]
    [InlineData("#local-heading")]
    [InlineData("https://example.org/#nothing-checked")]
    [InlineData("mailto:someone@example.org")]
    public void Accepts_links_that_reach_a_page_and_anchor(string url) =>
        Assert.Empty(LinkDiagnostics(url));

    [Theory]
    [InlineData("/no-such-page", "SCI031", "there is no article 'no-such-page'")]
    [InlineData("/target.md", "SCI031", "there is no article 'target.md'")]
    [InlineData("/target#cauda-equina", "SCI032", "has no heading with that id; did you mean #cauda-equina-syndrome?")]
    [InlineData("#no-such-heading", "SCI032", "has no heading with that id")]
    [InlineData("/references#no-such-source", "SCI032", "no reference in references.yaml has that id")]
    [InlineData("/references#shop", "SCI032", "no published page cites that reference, so /references does not list it")]
    [InlineData("/#top", "SCI032", "that page has no anchors")]
    public void Reports_broken_links_at_their_line_and_column(string url, string code, string message)
    {
        var broken = Assert.Single(LinkDiagnostics(url));
        Assert.Equal(code, broken.Code);
        Assert.True(broken.IsError);
        Assert.Contains(message, broken.Message, StringComparison.Ordinal);
        Assert.EndsWith("source.md", broken.File, StringComparison.Ordinal);
        Assert.Equal((12, 5), (broken.Line, broken.Column));
    }

    [Fact]
    public void A_published_page_may_not_link_to_a_draft()
    {
        _content.WriteArticle("plan", "Planned [@guide, rec. 1.1.4].", order: 3, extraFrontMatter: "draft: true");
        var broken = Assert.Single(LinkDiagnostics("/plan"));
        Assert.Contains("draft", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_link_fails_check_but_keeps_the_article_published()
    {
        var snapshot = LoadWith("/gone");
        Assert.Contains(snapshot.Diagnostics, d => d.IsError);
        Assert.NotNull(snapshot.Find("source"));
    }

    public void Dispose() => _content.Dispose();

    private List<Diagnostic> LinkDiagnostics(string url) =>
        [.. LoadWith(url).Diagnostics.Where(d => d.Code is "SCI031" or "SCI032")];

    private ContentSnapshot LoadWith(string url)
    {
        _content.WriteArticle("source", $"## Local heading\n\nSee [the page]({url}) now [@guide, rec. 1.1.4].");
        return _content.Load();
    }
}
