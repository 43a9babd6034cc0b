using Sciatica.Content.Articles;

namespace Sciatica.Web.Site;

/// <summary>
/// The pages the header's "Sections" menu lists. A site of up to <see cref="Limit"/> pages lists them all; a
/// larger one lists the <see cref="Limit"/> pages nearest the current one in reading order and links to the
/// home page, which lists everything. Every page carries the menu, so listing a thousand pages on each would
/// make every page grow with the site (107 KB per article at 1,000 pages).
/// </summary>
public sealed record SiteNavigation(IReadOnlyList<Article> Pages, int Total)
{
    public const int Limit = 12;

    public bool IsPartial => Pages.Count < Total;

    /// <param name="published">The published articles in reading order.</param>
    /// <param name="currentSlug">The article being shown, if any.</param>
    public static SiteNavigation Around(IReadOnlyList<Article> published, string? currentSlug)
    {
        if (published.Count <= Limit)
        {
            return new(published, published.Count);
        }

        var current = Math.Max(0, published.ToList().FindIndex(a => a.Slug == currentSlug));
        var start = Math.Clamp(current - (Limit / 2), 0, published.Count - Limit);
        return new([.. published.Skip(start).Take(Limit)], published.Count);
    }
}
