using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>
/// Renders a citation as superscript numbers. Each number is a button that opens, in place, the finding it rests on
/// (the HTML <c>popover</c> attribute: no JavaScript): the source's short name, the place and what it says there, then
/// a link to the full reference in the reference list. The full reference is written once per page, in that list, not
/// again in each popover. Each finding's popover is written once, where it is first cited, and every later citation
/// of it opens that one: a page citing one finding thirty times carries it once, not thirty times. A source cited
/// twice in one group shows one number, whose popover shows each finding the group names (<see cref="CitationItem.SharesNumberOf"/>).
/// </summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
    /// <summary>The site's one way to write a date for people ("1 December 2026"), as pages write it.</summary>
    private const string ReadOn = "d MMMM yyyy";

    /// <summary>Popovers this render has written. One renderer instance serves one render.</summary>
    private readonly HashSet<string> _popoversWritten = [];

    /// <summary>Set when a shared block is shown on its own, with no reference list beside it: popovers link to the source on /references.</summary>
    public bool LinksToReferencesPage { get; set; }

    /// <summary>Set to write no citations at all: a copy for paper, which shows no numbers (and must not repeat the page's ids).</summary>
    public bool Omitted { get; set; }

    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (Omitted)
        {
            return;
        }

        var shown = citation.Items.Where(i => i.SharesNumberOf is null).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        // The word joiner (U+2060) keeps the numbers on the line of the word before them (CitationPlacement removed the space).
        renderer.Write("<sup class=\"cite\">\u2060");
        var first = citation.PreviousSibling is not CitationInline;
        foreach (var item in shown)
        {
            if (!first)
            {
                renderer.Write("<span class=\"cite-sep\">,</span>");
            }

            first = false;
            WriteNumber(renderer, item);
        }

        renderer.Write("</sup>");
        foreach (var item in shown)
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
        // No class or type="button" (the page may carry sixty of these): the stylesheet finds them as ".cite > button",
        // and citations are never inside a form, where a button's default would be to submit it. The name gives the
        // source's short name, the same words that head its popover.
        renderer.Write($"<button id=\"{item.AnchorId}\" popovertarget=\"{PopoverId(item)}\" aria-label=\"Source {number}: ")
            .WriteEscape(reference.ShortName)
            .Write("\">").Write(number).Write("</button>");
    }

    /// <summary>One popover per source and findings shown: "src-2-3" shows source 2's third finding, "src-2-3-5" its third and fifth.</summary>
    private static string PopoverId(CitationItem item)
    {
        var findings = item.Reference!.Findings.ToList();
        return string.Join('-', item.Shown.Select(f => (findings.IndexOf(f) + 1).ToString(CultureInfo.InvariantCulture))
            .Prepend($"src-{item.Number.ToString(CultureInfo.InvariantCulture)}"));
    }

    private void WritePopover(HtmlRenderer renderer, CitationItem item)
    {
        if (item.Reference is not { } reference)
        {
            return;
        }

        var id = PopoverId(item);
        if (!_popoversWritten.Add(id))
        {
            return;
        }

        var number = item.Number.ToString(CultureInfo.InvariantCulture);
        // Not words of the article for the static copy's search (Pagefind). Ignored by this attribute, not by
        // Pagefind's --exclude-selectors, which would still leave a space where an element with an id stood ("word :").
        renderer.Write($"<span class=\"cite-popover\" id=\"{id}\" popover data-pagefind-ignore><b>").Write(number).Write(".</b> ");
        foreach (var finding in item.Shown)
        {
            renderer.Write("<span class=\"cite-finding\"><strong>")
                .WriteEscape(reference.ShortName).Write(", ").WriteEscape(Locators.ForReaders(finding.At)).Write(":</strong> ")
                .WriteEscape(finding.Says).Write("</span> ");
        }

        // Without a finding (a citation with no locator, which check reports) the popover has nothing else to show.
        if (item.Shown.Count == 0)
        {
            renderer.Write("<span class=\"cite-reference\">").Write(ReferenceHtml.Of(reference)).Write("</span> ");
        }

        if (reference.Accessed is { } accessed)
        {
            renderer.Write("<span class=\"cite-accessed\">Stored copy read on ").Write(accessed.ToString(ReadOn, CultureInfo.InvariantCulture)).Write(".</span> ");
        }

        var (href, text) = LinksToReferencesPage ? ($"/references#{reference.Id}", "This reference on the references page") : ($"#ref-{number}", $"Reference {number} in the list");
        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\">").Write(text).Write("</a></span>");
    }
}
