using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Sciatica.Content.Citations;

/// <summary>Renders a citation as superscript numbers, each linking to its entry in the reference list.</summary>
public sealed class HtmlCitationRenderer : HtmlObjectRenderer<CitationInline>
{
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
            WriteItem(renderer, item);
        }

        renderer.Write("</sup>");
    }

    private static void WriteItem(HtmlRenderer renderer, CitationItem item)
    {
        if (item.Reference is not { } reference)
        {
            renderer.Write("<span class=\"cite-missing\">?</span>");
            return;
        }

        var number = item.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write($"<a id=\"{item.AnchorId}\" href=\"#ref-{number}\" aria-label=\"Source {number}: ")
            .WriteEscape(reference.Title)
            .Write("\">").Write(number).Write("</a>");
    }
}
