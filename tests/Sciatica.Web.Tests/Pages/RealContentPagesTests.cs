using Sciatica.Content;

namespace Sciatica.Web.Tests.Pages;

/// <summary>The pages patients actually read: every real article renders with working citations.</summary>
public sealed class RealContentPagesTests : IClassFixture<RealSiteFixture>
{
    private readonly SiteFactory _site;

    public RealContentPagesTests(RealSiteFixture real) => _site = real.Site;

    public static TheoryData<string> Slugs() =>
        [.. ContentSnapshot.Load(ContentLocator.DefaultRoot(), TestClock.Fixed()).Articles.Select(a => a.Slug)];

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Every_article_renders_with_numbered_citations_that_resolve(string slug)
    {
        var page = await _site.GetDocumentAsync("/" + slug);
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Empty(page.QuerySelectorAll(".cite-missing"));
        var citations = page.QuerySelectorAll("sup.cite button[popovertarget]");
        Assert.NotEmpty(citations);
        Assert.All(citations, b => Assert.NotNull(page.QuerySelector(page.Required($"#{b.GetAttribute("popovertarget")}").Required("a[href^='#ref-']").GetAttribute("href")!)));
        Assert.NotNull(page.QuerySelector("a[href^='/red-flags']"));
    }

    [Fact]
    public async Task The_references_page_lists_every_registry_entry()
    {
        var registry = ContentSnapshot.Load(ContentLocator.DefaultRoot(), TestClock.Fixed()).Registry.All;
        var page = await _site.GetDocumentAsync("/references");
        Assert.All(registry, r => Assert.NotEmpty(page.Required($"li#{r.Id}").QuerySelectorAll(".cited-by a")));
    }

}
