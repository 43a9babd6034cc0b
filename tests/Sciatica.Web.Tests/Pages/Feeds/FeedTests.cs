using System.Xml.Linq;

namespace Sciatica.Web.Tests.Pages.Feeds;

public sealed class FeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TempContent _content = new();

    [Fact]
    public async Task Feed_is_Atom_with_published_articles_newest_update_first_and_absolute_urls()
    {
        // A review later than the text's last change does not move the page up: the feed follows 'updated'.
        _content.Write("older", Article("Older", 1, "2026-03-01", "changes: Reviewed; no changes.\nreviewed: 2026-11-01\nreviewed-by: A. Placeholder (fictional), GP\n"));
        _content.Write("newer", Article("Newer", 2, "2026-10-15", "changes: Added <walking> & more.\n"));
        _content.Write("draft", Article("Draft", 3, "2026-11-20", "draft: true\n"));
        using var site = new SiteFactory(_content.Root, "Development") { Settings = { ["Site:BaseUrl"] = "https://sciatica.example/" } };

        var response = await site.CreateClient().GetAsync(new Uri("/feed.xml", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://sciatica.example/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.Equal("2026-10-15T00:00:00Z", feed.Element(Atom + "updated")?.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Newer", "Older"], entries.Select(e => e.Element(Atom + "title")?.Value));
        Assert.Equal("2026-03-01T00:00:00Z", entries[1].Element(Atom + "updated")?.Value);
        var newer = entries[0];
        Assert.Equal("https://sciatica.example/newer", newer.Element(Atom + "id")?.Value);
        Assert.Equal("https://sciatica.example/newer", newer.Element(Atom + "link")?.Attribute("href")?.Value);
        Assert.Equal("2026-10-15T00:00:00Z", newer.Element(Atom + "updated")?.Value);
        Assert.Equal("About Newer.", newer.Element(Atom + "summary")?.Value);
        Assert.Equal("What changed: Added <walking> & more.", newer.Element(Atom + "content")?.Value);
    }

    [Fact]
    public async Task Every_page_advertises_the_feed()
    {
        _content.Write("only", Article("Only", 1, "2026-03-01", ""));
        using var site = new SiteFactory(_content.Root);
        var page = await site.GetDocumentAsync("/only");
        Assert.Equal("/feed.xml", page.Required("link[rel=alternate][type='application/atom+xml']").GetAttribute("href"));
    }

    public void Dispose() => _content.Dispose();

    private static string Article(string title, int order, string reviewed, string extra) =>
        $"---\ntitle: {title}\nsummary: About {title}.\norder: {order}\nupdated: {reviewed}\nnext-review: 2099-01-01\n{extra}---\n\nA claim [@guide, rec. 1.1.4].\n";
}
