using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;
using Sciatica.Content.Rules;
using Sciatica.Content.Rules.Site;

namespace Sciatica.Content.Links;

/// <summary>
/// Every link between pages must reach a page readers can see, and its <c>#anchor</c> an id on that page.
/// Runs once over all articles with a dictionary per page, so it grows with the number of links, not articles squared.
/// </summary>
public static class LinkRule
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<ArticleFile> files, ReferenceRegistry registry)
    {
        var pages = new Dictionary<string, ArticleFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            pages.TryAdd(file.Slug, file);
        }

        // /references lists only the references a published page cites, so only theirs are anchors there.
        var listed = files.Select(f => f.Article).OfType<Article>().Where(a => !a.FrontMatter.Draft)
            .SelectMany(a => a.References).Select(r => r.Reference.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var link in file.Links)
            {
                if (Problem(file, link, pages, registry, listed) is { } problem)
                {
                    yield return problem.Rule.At(link.File ?? file.SourcePath, link.Line, link.Column, problem.Message);
                }
            }
        }
    }

    private static (Rule Rule, string Message)? Problem(ArticleFile from, InternalLink link, Dictionary<string, ArticleFile> pages, ReferenceRegistry registry, HashSet<string> listed)
    {
        var target = link.Path;
        var path = "/" + target;
        if (path == SitePages.References)
        {
            return link.Anchor is null || listed.Contains(link.Anchor) ? null
                : registry.Find(link.Anchor) is null ? MissingAnchor(link, "no reference in references.yaml has that id")
                : MissingAnchor(link, "no published page cites that reference, so /references does not list it");
        }

        if (path == SitePages.Home || SitePages.NotArticles.Contains(path) || SitePages.Files.Contains(path))
        {
            return link.Anchor is null ? null : MissingAnchor(link, "that page has no anchors");
        }

        if (!pages.TryGetValue(target, out var to))
        {
            return (LinksReachPages.BrokenLink, $"link to '{link.Display}' goes nowhere: there is no article '{target}' (write article links as /slug)");
        }

        if (to.Article?.FrontMatter is { Draft: true } && from.Article?.FrontMatter is { Draft: false })
        {
            return (LinksReachPages.BrokenLink, $"link to '{link.Display}' points at a draft, which readers cannot see yet");
        }

        return link.Anchor is null || to.Anchors.Contains(link.Anchor)
            ? null
            : MissingAnchor(link, $"'{to.SourcePath}' has no heading with that id{Suggestion(link.Anchor, to.Anchors)}");
    }

    /// <summary>A heading id that starts with what was typed, the usual slip (<c>#cauda-equina</c> for <c>#cauda-equina-syndrome</c>).</summary>
    private static string Suggestion(string anchor, IReadOnlySet<string> anchors) =>
        anchors.Where(a => a.StartsWith(anchor, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault() is { } close
            ? $"; did you mean #{close}?"
            : "";

    private static (Rule, string) MissingAnchor(InternalLink link, string why) =>
        (LinksReachPages.BrokenAnchor, $"link to '{link.Display}' has a broken #anchor: {why}");
}
