using Sciatica.Content.Articles;

namespace Sciatica.Content;

/// <summary>
/// The site's pages, listed once for everything that walks them: the sitemap, the page cache's warm-up, the static
/// export, the link check and the tests. A new page is added here and nowhere else.
/// </summary>
public static class SitePages
{
    public const string Home = "/";
    public const string References = "/references";

    /// <summary>"About this information", from <c>content/about.md</c>: listed only when that file exists.</summary>
    public const string About = "/about";

    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    /// <summary>Pages for readers built from the whole content, not written as a page (the references page); they follow the articles in <see cref="ForReaders"/>.</summary>
    public static IReadOnlyList<string> NotArticles { get; } = [References];

    /// <summary>Files for machines, the same whatever the content: the feed, the sitemap and robots.txt.</summary>
    public static IReadOnlyList<string> Files { get; } = [Feed, Sitemap, Robots];

    /// <summary>Pages for readers: the home page, each published article in navigation order, the other pages, then the About page.</summary>
    public static IEnumerable<SitePage> ForReaders(ContentSnapshot snapshot, bool includeDrafts) =>
        snapshot.Published(includeDrafts).Select(a => new SitePage(PathOf(a), a))
            .Prepend(new SitePage(Home, null))
            .Concat(NotArticles.Select(p => new SitePage(p, null)))
            .Concat(snapshot.About is { } about ? [new SitePage(About, about)] : []);

    /// <summary>Every page and file the site renders from the content: what the warm-up keeps and the export writes.</summary>
    public static IEnumerable<string> All(ContentSnapshot snapshot, bool includeDrafts) =>
        ForReaders(snapshot, includeDrafts).Select(p => p.Path).Concat(Files);

    public static string PathOf(Article article) => article.Kind == PageKind.About ? About : "/" + article.Slug;

    /// <summary>
    /// The first path segments the site answers itself, so no article may take one as its slug: its pages (/about,
    /// /references, /search, /error), the health check (/healthz), the link service for health records (/connect), the error pages (/status/404), the asset folders
    /// (/css, /js) and the static copy's search index (/pagefind). A web test holds this list to the site's routes.
    /// </summary>
    public static IReadOnlyList<string> ReservedSlugs { get; } =
        [About[1..], References[1..], "search", "error", "status", "healthz", "css", "js", "pagefind", "connect"];

    /// <summary>An article file with this slug would be hidden behind, or mistaken for, one of the site's own addresses.</summary>
    public static bool IsTaken(string slug) => ReservedSlugs.Contains(slug, StringComparer.Ordinal);

    /// <summary>Why a slug <see cref="IsTaken"/>, as an editor reads it.</summary>
    public static string TakenBecause(string slug) =>
        $"/{slug} is one of the site's own addresses ({string.Join(", ", ReservedSlugs)})";
}

/// <summary>
/// A page readers can open. <see cref="Article"/> is the text the page shows with its front matter: each article's, and the
/// About page's (<see cref="IsArticle"/> tells them apart); null for the pages built from the whole content (home, sources).
/// </summary>
public sealed record SitePage(string Path, Article? Article)
{
    public bool IsArticle => Article is { Kind: PageKind.Article };
}
