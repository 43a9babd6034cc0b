using System.Globalization;
using System.Xml.Linq;
using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Web.Site;

namespace Sciatica.Web.Feeds;

/// <summary>
/// An Atom feed (RFC 4287) of published articles, newest change first, so clinicians can follow updates.
/// Each entry's <c>updated</c> is the article's <c>updated</c> date and its content the "What changed" line.
/// </summary>
public static class AtomFeed
{
    public const string Path = SitePages.Feed;
    public const string MediaType = "application/atom+xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Render(IEnumerable<Article> articles, SiteOptions site)
    {
        var entries = articles
            .OrderByDescending(a => a.FrontMatter.Updated)
            .ThenBy(a => a.FrontMatter.Order)
            .ToList();
        var updated = entries.Count > 0 ? entries[0].FrontMatter.Updated : DateOnly.FromDayNumber(0);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", SiteOptions.Name),
            new XElement(Atom + "subtitle", "Articles on sciatica, newest change first, with what changed."),
            new XElement(Atom + "id", site.Absolute("/")),
            Link("self", site.Absolute(Path), MediaType),
            Link("alternate", site.Absolute("/"), "text/html"),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", SiteOptions.Name)),
            entries.Select(a => Entry(a, site)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + feed;
    }

    private static XElement Entry(Article article, SiteOptions site)
    {
        var front = article.FrontMatter;
        var url = site.Absolute($"/{article.Slug}");
        return new XElement(Atom + "entry",
            new XElement(Atom + "title", front.Title),
            new XElement(Atom + "id", url),
            Link("alternate", url, "text/html"),
            new XElement(Atom + "updated", Timestamp(front.Updated)),
            new XElement(Atom + "summary", front.Summary),
            front.Changes is { } changes ? new XElement(Atom + "content", new XAttribute("type", "text"), $"What changed: {changes}") : null);
    }

    private static XElement Link(string rel, string href, string type) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    private static string Timestamp(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
