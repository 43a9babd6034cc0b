namespace Sciatica.Web.Tests.Pages.References;

public sealed class ReferencesPageTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Fact]
    public async Task Lists_every_registry_entry_with_the_articles_that_cite_it()
    {
        var page = await site.Production.GetDocumentAsync("/references");
        var guide = page.Required("li#guide");
        Assert.Equal(["/first"], guide.QuerySelectorAll(".cited-by a").Select(a => a.GetAttribute("href")));
        var review = page.Required("li#review");
        Assert.Equal(["/first", "/second"], review.QuerySelectorAll(".cited-by a").Select(a => a.GetAttribute("href")));
    }
}
