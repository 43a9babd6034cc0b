using Sciatica.Content;
using Sciatica.Content.References;

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
    public async Task A_reference_at_a_retired_address_tells_readers_it_is_the_copy_read()
    {
        var root = ContentLocator.DefaultRoot();
        var retired = RetiredAddresses.Load(root);
        var atRetired = ContentSnapshot.Load(root, TestClock.Fixed()).Registry.All.Where(r => r.Url is { } url && retired.Matching(url) is not null).ToList();
        Assert.NotEmpty(atRetired);
        var page = await _site.GetDocumentAsync("/references");
        Assert.All(atRetired, r => Assert.Contains(RetiredAddresses.CopyRead, page.Required($"li#{r.Id} > .read").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_references_page_lists_every_registry_entry()
    {
        var registry = ContentSnapshot.Load(ContentLocator.DefaultRoot(), TestClock.Fixed()).Registry.All;
        var page = await _site.GetDocumentAsync("/references");
        Assert.All(registry, r => Assert.NotEmpty(page.Required($"li#{r.Id}").QuerySelectorAll(".cited-by a")));
    }

}
