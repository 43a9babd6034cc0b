namespace Sciatica.Web.Tests.Site;

public sealed class SiteNavigationTests
{
    [Fact]
    public async Task A_large_site_lists_the_pages_around_the_current_one_and_links_to_all_of_them()
    {
        using var content = new TempContent();
        for (var i = 1; i <= 30; i++)
        {
            content.WriteArticle($"topic-{i:D2}", "A claim [@guide, rec. 1.1.4].", order: i);
        }

        using var site = new SiteFactory(content.Root);

        var middle = await site.GetDocumentAsync("/topic-20");
        var links = middle.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([.. Enumerable.Range(14, 12).Select(i => $"/topic-{i:D2}"), "/#all-pages"], links);
        Assert.Equal("/topic-20", middle.Required("nav.site-nav a[aria-current=page]").GetAttribute("href"));
        Assert.Equal("All 30 pages", middle.QuerySelectorAll("nav.site-nav a")[^1].TextContent);

        var last = await site.GetDocumentAsync("/topic-30");
        Assert.Equal("/topic-19", last.Required("nav.site-nav a").GetAttribute("href"));

        var home = await site.GetDocumentAsync("/");
        Assert.Equal("/topic-01", home.Required("nav.site-nav a").GetAttribute("href"));
        Assert.Equal(30, home.QuerySelectorAll("#all-pages + .section-cards a").Length);
    }
}
