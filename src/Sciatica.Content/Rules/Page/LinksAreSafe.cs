using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rendering;

namespace Sciatica.Content.Rules.Page;

/// <summary>Links and images the page may not carry, which the renderer has already dropped, named so the editor knows.</summary>
public sealed class LinksAreSafe : IPageRule
{
    public static readonly Rule UnsafeLink = new(
        "SCI030", nameof(UnsafeLink), Severity.Error, RuleScope.Page,
        "A link uses a scheme the site does not allow (such as `javascript:` or `data:`), or an image is not a file on this site; it is removed from the page",
        "Link to `https://…`, `mailto:` or a page of this site; put images on this site");

    public IReadOnlyList<Rule> Reports { get; } = [UnsafeLink];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var link in SafeLinkExtension.DroppedFrom(page.Document))
        {
            var (what, allowed) = link.IsImage
                ? ("image", "images must be files on this site (a relative path)")
                : ("link", "links may use http, https, mailto or a relative path");
            diagnostics.Report(UnsafeLink, link.Line + 1, link.Column + 1, $"{what} to '{Shorten(link.Url)}' was removed: {allowed}");
        }
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..80] + "…";
}
