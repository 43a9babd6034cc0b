using Sciatica.Content;

namespace Sciatica.Web.Tests;

/// <summary>The site over the repository's real content/, which is what patients see.</summary>
public sealed class RealSiteFixture : IDisposable
{
    /// <summary>Pages no list of the site holds: search results, with and without matches, and a 404.</summary>
    private static readonly string[] OtherPages = ["/search?q=scan", "/search?q=zzqx", "/no-such-page"];

    public SiteFactory Site { get; } = new(ContentLocator.DefaultRoot());

    /// <summary>Every published article's slug, in navigation order.</summary>
    public IReadOnlyList<string> Slugs => [.. ContentSnapshot.Load(Site.ContentRoot, TestClock.Fixed()).Published(includeDrafts: false).Select(a => a.Slug)];

    /// <summary>Every page a reader can reach: the site's own list (home, each published article, sources, about), search results, and a 404.</summary>
    public static IReadOnlyList<string> ReaderPaths() => [.. SiteList().Select(p => p.Path).Concat(OtherPages)];

    /// <summary>Each published article's path, in navigation order.</summary>
    public static IReadOnlyList<string> ArticlePaths() => [.. SiteList().Where(p => p.IsArticle).Select(p => p.Path)];

    /// <summary>The reader pages that are not articles.</summary>
    public static IReadOnlyList<string> OtherReaderPaths() => [.. ReaderPaths().Except(ArticlePaths())];

    private static IEnumerable<SitePage> SiteList() => SitePages.ForReaders(ContentSnapshot.Load(ContentLocator.DefaultRoot(), TestClock.Fixed()), includeDrafts: false);

    public static TheoryData<string> ReaderPages() => [.. ReaderPaths()];

    public void Dispose() => Site.Dispose();
}
