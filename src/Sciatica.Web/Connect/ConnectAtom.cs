using System.Globalization;
using System.Xml.Linq;
using Sciatica.Web.Site;

namespace Sciatica.Web.Connect;

/// <summary>
/// The XML answer: an Atom feed (RFC 4287) as MedlinePlus Connect gives, the request's code and system as feed categories,
/// and per page its title, link, summary, updated date and review status (a category, <c>scheme="review-status"</c>).
/// </summary>
public static class ConnectAtom
{
    public const string ReviewScheme = "review-status";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Render(ConnectFeed feed)
    {
        var request = feed.Request;
        var xml = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XElement(Atom + "title", new XAttribute("type", "text"), feed.Title),
            new XElement(Atom + "subtitle", new XAttribute("type", "text"), Subtitle(feed)),
            new XElement(Atom + "id", feed.Id),
            new XElement(Atom + "updated", Timestamp(feed.Updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", SiteOptions.Name), new XElement(Atom + "uri", feed.SiteUrl)),
            Category(ConnectRequest.CodeParameter, request.Code, null),
            Category(ConnectRequest.SystemParameter, request.System.Oid, request.System.Title),
            feed.Entries.Select(e => Entry(e, request.MarkLanguage)));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + xml;
    }

    /// <summary>Said the same way in every format: how many pages, or that none covers the code.</summary>
    public static string Subtitle(ConnectFeed feed) => feed.Entries.Count switch
    {
        0 => $"No page of this site is about {feed.Request.System.Title} {feed.Request.Code}.",
        1 => $"1 page about {feed.Request.System.Title} {feed.Request.Code}.",
        var n => $"{n} pages about {feed.Request.System.Title} {feed.Request.Code}.",
    };

    public static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static XElement Entry(ConnectEntry entry, bool markLanguage)
    {
        var front = entry.Article.FrontMatter;
        var review = entry.Article.Review;
        return new XElement(Atom + "entry",
            markLanguage ? new XAttribute(XNamespace.Xml + "lang", "en") : null,
            new XElement(Atom + "title", new XAttribute("type", "text"), front.Title),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", entry.Url), new XAttribute("hreflang", "en")),
            new XElement(Atom + "id", entry.Url),
            new XElement(Atom + "updated", Timestamp(front.Updated)),
            new XElement(Atom + "summary", new XAttribute("type", "text"), front.Summary),
            Category(ReviewScheme, review.Term, review.Sentence),
            entry.Codes.Select(c => Category(c.System.Oid, c.Code, c.Display)));
    }

    private static XElement Category(string scheme, string term, string? label) =>
        new(Atom + "category", new XAttribute("scheme", scheme), new XAttribute("term", term), label is null ? null : new XAttribute("label", label));
}
