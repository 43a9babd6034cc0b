using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sciatica.Content.Citations;

namespace Sciatica.Content.Links;

/// <summary>Reads, from one article's Markdown AST, the links to other pages of the site and the anchors it offers.</summary>
public static class LinkCollector
{
    /// <summary>
    /// Links without a scheme (<c>/imaging</c>, <c>imaging</c>, <c>#section</c>). Articles all live at the site root,
    /// so a relative link resolves from there. Images and links with a scheme or host are not ours to check.
    /// </summary>
    public static IReadOnlyList<InternalLink> Links(MarkdownDocument document, string slug)
    {
        var links = new List<InternalLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { Length: > 0 } url || !IsInternal(url))
            {
                continue;
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = (hash < 0 ? url : url[..hash]).Split('?')[0].Trim('/');
            var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
            links.Add(new InternalLink(hash == 0 ? slug : path, anchor, link.Line + 1, link.Column + 1));
        }

        return links;
    }

    /// <summary>The ids a link may target on the article's page: headings, citation marks and reference-list entries.</summary>
    public static IReadOnlySet<string> Anchors(MarkdownDocument document, IReadOnlyList<CitedReference> references)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.GetAttributes().Id is { } id)
            {
                anchors.Add(id);
            }
        }

        foreach (var reference in references)
        {
            anchors.Add(reference.AnchorId);
            anchors.UnionWith(reference.BackLinks);
        }

        return anchors;
    }

    /// <summary>No host (<c>//x</c>) and no scheme (<c>https:</c>, <c>mailto:</c>): a colon before any '/', '?' or '#'.</summary>
    private static bool IsInternal(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var end = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (end < 0 || colon < end);
        return !hasScheme && !url.StartsWith("//", StringComparison.Ordinal);
    }
}
