namespace Sciatica.Content.Tests.Rendering;

public class SectionLinkTests
{
    [Fact]
    public void H2_and_h3_get_a_link_to_their_own_section()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("## Cauda equina *syndrome*\n\n### What to do\n\n#### Small print\n").Html);
        foreach (var (tag, id) in new[] { ("h2", "cauda-equina-syndrome"), ("h3", "what-to-do") })
        {
            var heading = html.Required($"{tag}#{id}");
            var link = heading.ParentElement!.Required("a.section-link");
            Assert.Equal($"#{id}", link.GetAttribute("href"));
            Assert.StartsWith("Link to this section: ", link.GetAttribute("aria-label"), StringComparison.Ordinal);
            Assert.Equal("#", link.TextContent);
            Assert.Null(heading.QuerySelector("a"));
        }

        Assert.Equal("Link to this section: Cauda equina syndrome", html.QuerySelectorAll(".section-link")[0].GetAttribute("aria-label"));
        Assert.Equal(2, html.QuerySelectorAll(".section-link").Length);
        Assert.False(html.Required("h4").ParentElement!.ClassList.Contains("section-heading"));
    }
}
