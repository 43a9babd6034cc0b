using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Sciatica.Content;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;
using Sciatica.Web.Site;

namespace Sciatica.Web.Feeds;

public static class CrawlerEndpoints
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary><c>/sitemap.xml</c> (every published page, articles with their review date) and <c>/robots.txt</c>.</summary>
    public static WebApplication MapSciaticaCrawlerFiles(this WebApplication app)
    {
        app.MapGet(SitePages.Sitemap, (RequestContent content, IOptions<SiteOptions> site) =>
        {
            var urls = SitePages.ForReaders(content.Snapshot, includeDrafts: false)
                .Select(p => Url(site.Value.Absolute(p.Path), p.Article?.FrontMatter.Updated));
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemap + "urlset", urls));
            return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
        }).WithMetadata(new KeepInPageCacheAttribute());
        app.MapGet(SitePages.Robots, (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nDisallow: /search\nSitemap: {site.Value.Absolute(SitePages.Sitemap)}\n", "text/plain; charset=utf-8"))
            .WithMetadata(new KeepInPageCacheAttribute());
        return app;
    }

    private static XElement Url(string location, DateOnly? lastModified) =>
        new(Sitemap + "url",
            new XElement(Sitemap + "loc", location),
            lastModified is { } date ? new XElement(Sitemap + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
}
