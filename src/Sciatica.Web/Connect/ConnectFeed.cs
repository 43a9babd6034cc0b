using Sciatica.Content;
using Sciatica.Content.Articles;
using Sciatica.Content.Codes;
using Sciatica.Web.Site;

namespace Sciatica.Web.Connect;

/// <summary>One page that answers a request: where it is, and which declared codes the requested code found on it.</summary>
public sealed record ConnectEntry(Article Article, string Url, IReadOnlyList<DiagnosisCode> Codes);

/// <summary>
/// The answer to one request, before it is written as Atom, JSON or HTML: the pages whose declared codes the requested
/// code finds, in the site's reading order. No match is an empty answer, not an error.
/// </summary>
public sealed record ConnectFeed(ConnectRequest Request, IReadOnlyList<ConnectEntry> Entries, string Id, string SiteUrl, DateOnly Updated)
{
    public string Title => $"{SiteOptions.Name}: pages for {Request.System.Title} {Request.Code}";

    public static ConnectFeed Build(ContentSnapshot snapshot, ConnectRequest request, SiteOptions site, bool includeDrafts)
    {
        var matched = snapshot.Codes.Matching(request.System, request.Code).ToList();
        var entries = snapshot.Published(includeDrafts)
            .Select(a => new ConnectEntry(a, site.Absolute(SitePages.PathOf(a)), [.. matched.Where(c => Declares(a, c))]))
            .Where(e => e.Codes.Count > 0)
            .ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.Article.FrontMatter.Updated) : DateOnly.FromDateTime(snapshot.LastModified.UtcDateTime);
        return new ConnectFeed(request, entries, site.Absolute(ConnectPaths.For(request.System, request.Code, request.Format)), site.Absolute("/"), updated);
    }

    private static bool Declares(Article article, DiagnosisCode code) =>
        article.FrontMatter.Codes.Any(d => d.System == code.System && d.System.Key(d.Code) == code.Key);
}
