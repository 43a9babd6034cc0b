using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Sciatica.Content.Citations;

/// <summary>
/// Renders a citation as superscript numbers. Each number is a button that opens its reference in place
/// (the HTML <c>popover</c> attribute: no JavaScript), and the popover links on to the full reference list.
/// Each source's popover is written once, where it is first cited, and every later citation opens that one:
/// a page citing one source thirty times carries its reference once, not thirty times.
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    /// <summary>Sources whose popover this render has written. One renderer instance serves one render.</summary>
    private readonly HashSet<int> _popoversWritten = [];

    /// <summary>Set when a shared block is shown on its own, with no reference list beside it: popovers link to the source on /references.</summary>
    public bool LinksToSourcesPage { get; set; }

    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<sup class=\"cite\">");
        var first = true;
        foreach (var item in citation.Items)
        {
            if (!first)
            {
                renderer.Write("<span class=\"cite-sep\">,</span>");
            }

            first = false;
            WriteNumber(renderer, item);
        }

        renderer.Write("</sup>");
        foreach (var item in citation.Items)
        {
            WritePopover(renderer, item);
        }
    }

    private static void WriteNumber(HtmlRenderer renderer, CitationItem item)
    {
        if (item.Reference is not { } reference)
        {
            renderer.Write("<span class=\"cite-missing\">?</span>");
            return;
        }

        var number = item.Number.ToString(CultureInfo.InvariantCulture);
        renderer.Write($"<button type=\"button\" class=\"cite-number\" id=\"{item.AnchorId}\" popovertarget=\"{PopoverId(item)}\" aria-label=\"Source {number}: ")
            .WriteEscape(reference.Title)
            .Write("\">").Write(number).Write("</button>");
    }

    private static string PopoverId(CitationItem item) => $"cite-source-{item.Number.ToString(CultureInfo.InvariantCulture)}";

    private void WritePopover(HtmlRenderer renderer, CitationItem item)
    {
        if (item.Reference is not { } reference || !_popoversWritten.Add(item.Number))
        {
            return;
        }

        var number = item.Number.ToString(CultureInfo.InvariantCulture);
        renderer.Write($"<span class=\"cite-popover\" id=\"{PopoverId(item)}\" popover>");
        renderer.Write("<span class=\"cite-popover-number\">").Write(number).Write(".</span> ");
        if (reference.AuthorList.Length > 0)
        {
            renderer.WriteEscape(reference.AuthorList).Write(". ");
        }

        renderer.Write("<cite>").WriteEscape(reference.Title).Write(".</cite> ").WriteEscape(reference.Source);
        var (href, text) = LinksToSourcesPage ? ($"/references#{reference.Id}", "This source on the sources page") : ($"#ref-{number}", $"Reference {number} in the list");
        renderer.Write(" <a href=\"").WriteEscapeUrl(href).Write("\">").Write(text).Write("</a></span>");
    }
}
